import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuditTrail } from '@frontdoor/audit';
import { CASE_READERS } from '../front-door-roles';
import { AllocateCaseHandler } from './allocate-case.handler';
import { AllocationView, WorkloadView } from './allocation.view';
import { AllocateCaseDto } from './dto/allocate-case.dto';
import { WorkloadQuery } from './workload.query';

@ApiTags('allocation')
@Controller()
export class AllocationController {
  constructor(
    private readonly allocateCase: AllocateCaseHandler,
    private readonly workload: WorkloadQuery,
    private readonly audit: AuditTrail,
  ) {}

  @Put('cases/:id/allocation')
  @HttpCode(200)
  @Roles(Role.Manager)
  @ApiOperation({ summary: 'Give the case to a screener, or move it to another; audited' })
  @ApiOkResponse({ type: AllocationView })
  @ApiBadRequestResponse({ description: 'The person is not a screener who has signed in' })
  @ApiNotFoundResponse({ description: 'No such case' })
  @ApiConflictResponse({ description: 'The case is decided, or already with that screener' })
  allocate(
    @CurrentUser() manager: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Body() body: AllocateCaseDto,
  ): Promise<AllocationView> {
    return this.allocateCase.allocate(manager, caseId, body);
  }

  @Get('workload')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: "Each screener's undecided cases, how many are near or past their deadline, and the unallocated",
  })
  @ApiOkResponse({ type: WorkloadView })
  async read(@CurrentUser() reader: AuthenticatedUser): Promise<WorkloadView> {
    const view = await this.workload.read();
    // Counts only, no child named; recorded all the same, as every front-door read is.
    await this.audit.record(reader, {
      action: 'workload.read',
      subjectType: 'workload',
      subjectId: `${view.lines.length} lines`,
      reason: 'front door allocation',
    });
    return view;
  }
}
