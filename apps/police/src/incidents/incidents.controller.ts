import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ListIncidentsParams, SubmittedNoticeView } from './dto/list-incidents.dto';
import { IncidentRecordedDto, RecordIncidentDto } from './dto/record-incident.dto';
import { EXAMPLE_INCIDENT } from './incident.example';
import { SubmittedNoticesQuery } from './submitted-notices.query';
import { RecordIncidentHandler } from './record-incident.handler';

@ApiTags('incidents')
@ApiUnauthorizedResponse({ description: 'No valid bearer token' })
@ApiForbiddenResponse({ description: 'Only a police officer may record or list notices' })
@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly recordIncident: RecordIncidentHandler,
    private readonly submittedNotices: SubmittedNoticesQuery,
  ) {}

  @Post()
  @Roles(Role.PoliceOfficer)
  @HttpCode(201)
  @ApiOperation({
    summary: 'Submit a Public Protection Notice (PPN) for an incident involving children',
    description:
      "Records the incident on GMP's records (with the DASH checklist for domestic abuse) and tells the " +
      "front door, which raises a contact for each child. The victim's safe address stays with GMP.",
  })
  @ApiBody({
    type: RecordIncidentDto,
    examples: { domesticAbuse: { summary: 'Domestic abuse, DASH 15, two children', value: EXAMPLE_INCIDENT } },
  })
  @ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Carried onto the event the notice raises' })
  @ApiCreatedResponse({ type: IncidentRecordedDto })
  @ApiBadRequestResponse({
    description: 'Problem details naming every missing or invalid field; nothing stored or sent',
  })
  record(@CurrentUser() officer: AuthenticatedUser, @Body() body: RecordIncidentDto): Promise<IncidentRecordedDto> {
    // The event carries the request's correlation id (X-Correlation-Id, or one made up for it).
    return this.recordIncident.record(officer, body);
  }

  @Get()
  @Roles(Role.PoliceOfficer)
  @ApiOperation({
    summary: 'The notices you submitted, newest first, with the police reference and the DASH result',
    description: "Only the caller's own notices. No victim or perpetrator details, and never a safe address.",
  })
  @ApiOkResponse({ type: [SubmittedNoticeView] })
  list(@CurrentUser() officer: AuthenticatedUser, @Query() query: ListIncidentsParams): Promise<SubmittedNoticeView[]> {
    return this.submittedNotices.submittedBy(officer, query.limit ?? 50);
  }
}
