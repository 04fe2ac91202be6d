import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  EncompassNotificationFilterDto,
  EncompassNotificationView,
  EncompassUnmatchedView,
} from './encompass-notification.view';
import { EncompassNotifications } from './encompass-notifications.service';

const ID_PARAM = {
  name: 'id',
  description: 'The notification id',
  example: '5b0e3a52-8f5c-4a39-9a8e-0d5c3f1c2b7a',
};

/** Operation Encompass for schools: their DSL reads and acknowledges; the LA officer oversees. */
@ApiTags('operation-encompass')
@Roles(Role.SchoolDsl, Role.EducationOfficer)
@ApiForbiddenResponse({ description: 'Not a school DSL or the LA education officer' })
@Controller('encompass-notifications')
export class EncompassNotificationsController {
  constructor(private readonly notifications: EncompassNotifications) {}

  @Get()
  @ApiOperation({
    summary: "Operation Encompass notifications: a DSL's own school's, or every school's for the LA officer",
    description: 'Unacknowledged first, soonest due first. Each one read is audited.',
  })
  @ApiOkResponse({ type: [EncompassNotificationView] })
  list(
    @CurrentUser() reader: AuthenticatedUser,
    @Query() filter: EncompassNotificationFilterDto,
  ): Promise<EncompassNotificationView[]> {
    return this.notifications.list(reader, filter);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One notification (audited)' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: EncompassNotificationView })
  @ApiNotFoundResponse({ description: 'No such notification for your school (the attempt is audited)' })
  read(
    @CurrentUser() reader: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<EncompassNotificationView> {
    return this.notifications.read(reader, id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Roles(Role.SchoolDsl)
  @ApiForbiddenResponse({
    description: 'Not a school DSL (the LA education officer oversees but does not acknowledge)',
  })
  @ApiOperation({
    summary: "The school's DSL confirms receipt; records who and when. Idempotent: again, it answers the same",
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: EncompassNotificationView })
  @ApiNotFoundResponse({ description: 'No such notification for your school (the attempt is audited)' })
  acknowledge(
    @CurrentUser() dsl: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<EncompassNotificationView> {
    return this.notifications.acknowledge(dsl, id);
  }
}

export class EncompassUnmatchedFilterDto {
  @ApiPropertyOptional({ type: Number, default: 100, minimum: 1, maximum: 500, example: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}

/** Children in police incidents on no school roll, for the LA education officer to follow up. */
@ApiTags('operation-encompass')
@Roles(Role.EducationOfficer)
@ApiForbiddenResponse({ description: 'Not the LA education officer' })
@Controller('encompass-unmatched')
export class EncompassUnmatchedController {
  constructor(private readonly notifications: EncompassNotifications) {}

  @Get()
  @ApiOperation({
    summary: 'Children police named whom no school roll holds: incident, position and reason only (audited)',
  })
  @ApiOkResponse({ type: [EncompassUnmatchedView] })
  list(
    @CurrentUser() reader: AuthenticatedUser,
    @Query() filter: EncompassUnmatchedFilterDto,
  ): Promise<EncompassUnmatchedView[]> {
    return this.notifications.unmatched(reader, filter.limit);
  }
}
