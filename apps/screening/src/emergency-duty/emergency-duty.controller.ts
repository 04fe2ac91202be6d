import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
  PickType,
} from '@nestjs/swagger';
import { EMERGENCY_DUTY_READERS } from '../front-door-roles';
import { WorklistQueryDto } from '../worklist/worklist.controller';
import { RecordEmergencyDutyDto } from './dto/record-emergency-duty.dto';
import { EmergencyDutyQueueQuery } from './emergency-duty-queue.query';
import { EmergencyDutyHandler } from './emergency-duty.handler';
import { EmergencyDutyQueueItemView, EmergencyDutyRecordView, toEmergencyDutyRecordView } from './emergency-duty.view';

/** Only the worklist's page size: the queue is red cases out of hours, soonest first. */
export class EmergencyDutyQueueDto extends PickType(WorklistQueryDto, ['limit'] as const) {}

export class HandedOverView {
  @ApiProperty() caseId!: string;
  @ApiProperty() handedOverAt!: string;
  @ApiProperty({ description: "The front door's office-hours deadline, counted from the hand-over" })
  decisionDeadline!: string;
}

@ApiTags('emergency duty team')
@Controller()
export class EmergencyDutyController {
  constructor(
    private readonly queue: EmergencyDutyQueueQuery,
    private readonly emergencyDuty: EmergencyDutyHandler,
    private readonly audit: AuditTrail,
  ) {}

  @Get('emergency-duty/queue')
  @Roles(...EMERGENCY_DUTY_READERS)
  @ApiOperation({ summary: 'Red contacts that arrived out of office hours, soonest elapsed-hours deadline first' })
  @ApiOkResponse({ type: [EmergencyDutyQueueItemView] })
  async list(
    @CurrentUser() reader: AuthenticatedUser,
    @Query() query: EmergencyDutyQueueDto,
  ): Promise<EmergencyDutyQueueItemView[]> {
    const items = await this.queue.list(query.limit);
    await this.audit.record(reader, {
      action: 'emergency-duty.queue.read',
      subjectType: 'emergency-duty-queue',
      subjectId: `${items.length} cases`,
      reason: 'out-of-hours response',
    });
    return items;
  }

  @Post('cases/:id/emergency-duty/records')
  @Roles(Role.EmergencyDutySocialWorker)
  @ApiOperation({ summary: 'Record what the emergency duty team did for the child' })
  @ApiCreatedResponse({ type: EmergencyDutyRecordView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: "The case is not in the emergency duty team's queue" })
  async record(
    @CurrentUser() worker: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Body() body: RecordEmergencyDutyDto,
  ): Promise<EmergencyDutyRecordView> {
    return toEmergencyDutyRecordView(await this.emergencyDuty.record(worker, caseId, body));
  }

  @Post('cases/:id/emergency-duty/hand-over')
  @HttpCode(200)
  @Roles(Role.EmergencyDutySocialWorker)
  @ApiOperation({ summary: "Hand the case to the front door's worklist, with an office-hours deadline from now" })
  @ApiOkResponse({ type: HandedOverView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Not in the queue, or nothing recorded yet' })
  async handOver(
    @CurrentUser() worker: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) caseId: string,
  ): Promise<HandedOverView> {
    const handedOver = await this.emergencyDuty.handOver(worker, caseId);
    return {
      caseId,
      handedOverAt: handedOver.handedOverAt!.toISOString(),
      decisionDeadline: handedOver.decisionDeadline.toISOString(),
    };
  }
}
