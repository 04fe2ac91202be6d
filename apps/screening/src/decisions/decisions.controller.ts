import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { DecisionView } from '../cases/case.view';
import { toDecisionView } from '../cases/read-case.query';
import { DECIDERS } from '../front-door-roles';
import { DecideCaseHandler } from './decide-case.handler';
import { ApproveDecisionDto, RecordDecisionDto, ReturnDecisionDto } from './dto/record-decision.dto';

@ApiTags('decisions')
@Controller('cases/:id/decision')
export class DecisionsController {
  constructor(private readonly decideCase: DecideCaseHandler) {}

  @Post()
  @Roles(...DECIDERS)
  @ApiOperation({ summary: 'Record the screening decision; it waits for a manager to sign it off' })
  @ApiCreatedResponse({ type: DecisionView })
  @ApiConflictResponse({ description: 'The case already has a decision waiting or is decided' })
  async record(
    @CurrentUser() screener: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Body() body: RecordDecisionDto,
  ): Promise<DecisionView> {
    return toDecisionView(await this.decideCase.record(screener, caseId, body));
  }

  @Post('approve')
  @HttpCode(200)
  @Roles(Role.Manager)
  @ApiOperation({ summary: 'Sign off the decision; publishes ScreeningDecided' })
  @ApiOkResponse({ type: DecisionView })
  @ApiForbiddenResponse({ description: 'Not a manager, or signing off your own decision' })
  @ApiConflictResponse({ description: 'No decision is waiting for sign-off' })
  async approve(
    @CurrentUser() manager: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Body() body: ApproveDecisionDto,
  ): Promise<DecisionView> {
    return toDecisionView(await this.decideCase.approve(manager, caseId, body));
  }

  @Post('return')
  @HttpCode(200)
  @Roles(Role.Manager)
  @ApiOperation({ summary: 'Send the decision back to the screener with a reason; the case reopens' })
  @ApiOkResponse({ type: DecisionView })
  async returnDecision(
    @CurrentUser() manager: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Body() body: ReturnDecisionDto,
  ): Promise<DecisionView> {
    return toDecisionView(await this.decideCase.return(manager, caseId, body));
  }
}
