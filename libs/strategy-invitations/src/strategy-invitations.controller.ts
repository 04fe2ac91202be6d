import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { INVITATION_STATUSES, InvitationStatus } from './received-strategy-invitation.entity';
import { ConfirmAttendanceDto, StrategyInvitationView } from './strategy-invitation.view';
import { StrategyInvitationsHandler } from './strategy-invitations.handler';

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

/** The practitioner's edge: see the strategy discussions this agency is invited to, and name who attends. */
export function strategyInvitationsControllerFor(practitionerRoles: Role[]): Type {
  @ApiTags('strategy-invitations')
  @Roles(...practitionerRoles)
  @Controller('strategy-invitations')
  class StrategyInvitationsController {
    constructor(private readonly invitations: StrategyInvitationsHandler) {}

    @Get()
    @ApiOperation({ summary: 'Strategy discussions this agency is invited to, those awaiting an attendee first' })
    @ApiOkResponse({ type: [StrategyInvitationView] })
    list(
      @CurrentUser() reader: AuthenticatedUser,
      @Query() filter: StrategyInvitationFilterDto,
    ): Promise<StrategyInvitationView[]> {
      return this.invitations.list(reader, filter.status, filter.limit);
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
  }
  return StrategyInvitationsController;
}
