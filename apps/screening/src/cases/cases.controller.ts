import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Controller, Get, Headers, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CASE_READERS } from '../front-door-roles';
import { CaseView } from './case.view';
import { ReadCaseQuery } from './read-case.query';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(private readonly readCase: ReadCaseQuery) {}

  @Get(':id')
  @Roles(...CASE_READERS, Role.PoliceOfficer, Role.DaAdvisor, Role.EmergencyDutySocialWorker)
  @ApiOperation({ summary: "A case with the contact, each child's history and every decision" })
  @ApiOkResponse({ type: CaseView })
  @ApiNotFoundResponse()
  read(
    @CurrentUser() reader: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Headers('x-access-reason') reason: string | undefined,
  ): Promise<CaseView> {
    return this.readCase.read(reader, id, reason?.slice(0, 200) || 'front door screening');
  }
}
