import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { INVITATION_STATUSES, InvitationStatus } from './received-strategy-invitation.entity';
import { ConfirmAttendanceDto, DeclineInvitationDto, StrategyInvitationView } from './strategy-invitation.view';
import { StrategyInvitationsHandler } from './strategy-invitations.handler';
import { StrategyInvitationsQuery } from './strategy-invitations.query';

export class StrategyInvitationFilterDto {
  @ApiPropertyOptional({ enum: INVITATION_STATUSES })
  @IsOptional()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus;

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}

/** The practitioner's edge: see the strategy discussions this agency is invited to, and answer: who attends, or why not. */
export function strategyInvitationsControllerFor(practitionerRoles: Role[]): Type {
  @ApiTags('strategy-invitations')
  @Roles(...practitionerRoles)
  @Controller('strategy-invitations')
  class StrategyInvitationsController {
    constructor(
      private readonly invitations: StrategyInvitationsHandler,
      private readonly query: StrategyInvitationsQuery,
    ) {}

    @Get()
    @ApiOperation({ summary: 'Strategy discussions this agency is invited to, those awaiting an answer first' })
    @ApiOkResponse({ type: [StrategyInvitationView] })
    list(
      @CurrentUser() reader: AuthenticatedUser,
      @Query() filter: StrategyInvitationFilterDto,
    ): Promise<StrategyInvitationView[]> {
      return this.query.list(reader, filter.status, filter.limit);
    }

    @Get(':id')
    @ApiOperation({ summary: 'One invitation to this agency, with its answer so far' })
    @ApiOkResponse({ type: StrategyInvitationView })
    @ApiNotFoundResponse({ description: 'No such invitation to this agency' })
    one(
      @CurrentUser() reader: AuthenticatedUser,
      @Param('id', new ParseUUIDPipe()) id: string,
    ): Promise<StrategyInvitationView> {
      return this.query.one(reader, id);
    }

    @Post(':id/confirm')
    @HttpCode(200)
    @ApiOperation({
      summary: 'Name the attendee and when they can attend; sent to the front door (a later confirmation replaces it)',
    })
    @ApiOkResponse({ type: StrategyInvitationView })
    @ApiBadRequestResponse({ description: 'Invalid attendee or availability; nothing stored' })
    @ApiNotFoundResponse({ description: 'No such invitation to this agency' })
    confirm(
      @CurrentUser() practitioner: AuthenticatedUser,
      @Param('id', new ParseUUIDPipe()) id: string,
      @Body() body: ConfirmAttendanceDto,
    ): Promise<StrategyInvitationView> {
      return this.invitations.confirm(practitioner, id, body);
    }

    @Post(':id/decline')
    @HttpCode(200)
    @ApiOperation({
      summary:
        'Decline with a reason; sent to the front door, and any attendee named before is withdrawn (confirming later replaces it)',
    })
    @ApiOkResponse({ type: StrategyInvitationView })
    @ApiBadRequestResponse({ description: 'No reason given; nothing stored' })
    @ApiNotFoundResponse({ description: 'No such invitation to this agency' })
    @ApiConflictResponse({ description: 'Already declined; nothing sent again' })
    decline(
      @CurrentUser() practitioner: AuthenticatedUser,
      @Param('id', new ParseUUIDPipe()) id: string,
      @Body() body: DeclineInvitationDto,
    ): Promise<StrategyInvitationView> {
      return this.invitations.decline(practitioner, id, body);
    }
  }
  return StrategyInvitationsController;
}
