import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { IncidentRecordedDto, RecordIncidentDto } from './dto/record-incident.dto';
import { EXAMPLE_INCIDENT } from './incident.example';
import { RecordIncidentHandler } from './record-incident.handler';

@ApiTags('incidents')
@ApiUnauthorizedResponse({ description: 'No valid bearer token' })
@ApiForbiddenResponse({ description: 'Only a police officer may record an incident' })
@Controller('incidents')
export class IncidentsController {
  constructor(private readonly recordIncident: RecordIncidentHandler) {}

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
}
