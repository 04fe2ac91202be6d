import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ReferrerEmailView } from './referrer-email.view';
import { ReferrerEmailsQuery } from './referrer-emails.query';

@ApiTags('contacts')
@ApiUnauthorizedResponse({ description: 'No valid bearer token' })
@ApiForbiddenResponse({ description: 'Your role may not do this' })
@Controller('contacts')
export class ReferrerEmailsController {
  constructor(private readonly referrerEmails: ReferrerEmailsQuery) {}

  @Get(':id/referrer-emails')
  // The front door and its auditors: "was the referrer told, and when?" on the case page.
  @Roles(Role.Screener, Role.Manager, Role.Auditor)
  @ApiOperation({
    summary: 'Whether the referrer was emailed the decision, and when (or why not); empty before a decision',
  })
  @ApiOkResponse({ type: [ReferrerEmailView] })
  list(
    @CurrentUser() reader: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<ReferrerEmailView[]> {
    return this.referrerEmails.forContact(reader, id);
  }
}
