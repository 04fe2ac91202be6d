import { AuthenticatedUser, CurrentUser, Roles } from '@frontdoor/auth';
import { Clock } from '@frontdoor/calendar';
import { Body, Controller, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DECIDERS } from '../front-door-roles';
import { CLOCK } from '../screening-policy';
import { RequestInformationDto } from './dto/request-information.dto';
import { InformationRequestView, toInformationRequestView } from './information-request.view';
import { RequestInformationHandler } from './request-information.handler';

@ApiTags('information-requests')
@Controller('cases/:id/information-requests')
export class InformationRequestsController {
  constructor(
    private readonly requestInformation: RequestInformationHandler,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @Roles(...DECIDERS)
  @ApiOperation({ summary: 'Ask police, health and education what they know (one request per agency)' })
  @ApiCreatedResponse({ type: [InformationRequestView] })
  @ApiConflictResponse({ description: 'An earlier request to that agency is still unanswered, or the case is decided' })
  async request(
    @CurrentUser() officer: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Body() body: RequestInformationDto,
  ): Promise<InformationRequestView[]> {
    const requests = await this.requestInformation.request(officer, caseId, body);
    return requests.map((request) => toInformationRequestView(request, this.clock.now()));
  }
}
