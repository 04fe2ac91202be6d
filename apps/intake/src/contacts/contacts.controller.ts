import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Response } from 'express';
import { parseIdempotencyKey } from './idempotency-key-header';
import { ContactSummaryView, ContactView, toContactSummary, toContactView } from './contact.view';
import { ListContactsQuery } from './list-contacts.query';
import { EXAMPLE_CONTACT } from './contact.example';
import { ReadContactHandler } from './read-contact.handler';
import { ContactAcceptedDto, SubmitContactDto } from './submit-contact.dto';
import { SubmitContactHandler } from './submit-contact.handler';

/** Everyone who may raise a worry about a child through the front door. */
const SUBMITTERS = [
  Role.SchoolDsl,
  Role.PoliceOfficer,
  Role.HealthPractitioner,
  Role.DaAdvisor,
  Role.Screener,
  Role.Manager,
];

@ApiTags('contacts')
@ApiUnauthorizedResponse({ description: 'No valid bearer token' })
@ApiForbiddenResponse({ description: 'Your role may not do this' })
@Controller('contacts')
export class ContactsController {
  constructor(
    private readonly submitContact: SubmitContactHandler,
    private readonly readContact: ReadContactHandler,
  ) {}

  @Post()
  @Roles(...SUBMITTERS)
  @HttpCode(201)
  @ApiOperation({ summary: 'Tell the front door about a worry for one or more children' })
  @ApiBody({
    type: SubmitContactDto,
    examples: { school: { summary: 'A school DSL referral', value: EXAMPLE_CONTACT } },
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Send the same key when retrying: you get the first result back',
  })
  @ApiCreatedResponse({ type: ContactAcceptedDto })
  @ApiBadRequestResponse({
    description:
      'Problem details naming every missing or invalid field (a source.channel from anyone but a screener or ' +
      'manager among them); nothing stored',
  })
  @ApiUnprocessableEntityResponse({ description: 'The Idempotency-Key was used for a different contact' })
  async submit(
    @CurrentUser() submitter: AuthenticatedUser,
    @Body() body: SubmitContactDto,
    @Headers('idempotency-key') idempotencyKeyHeader: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ContactAcceptedDto> {
    const idempotencyKey = parseIdempotencyKey(idempotencyKeyHeader);
    const { accepted, replayed } = await this.submitContact.submit(submitter, body, idempotencyKey);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    response.setHeader('Location', `/contacts/${accepted.contactId}`);
    return accepted;
  }

  @Get()
  @Roles(...SUBMITTERS, Role.Auditor)
  @ApiOperation({ summary: "The latest contacts: the front door sees all, a referrer only their organisation's" })
  @ApiOkResponse({ type: [ContactSummaryView] })
  async list(
    @CurrentUser() reader: AuthenticatedUser,
    @Query() query: ListContactsQuery,
  ): Promise<ContactSummaryView[]> {
    const contacts = await this.readContact.latest(reader, query.limit ?? 50, query.policeIncidentId);
    return contacts.map(toContactSummary);
  }

  @Get(':id')
  @ApiOperation({ summary: "A contact: the front door sees all, a referrer only their organisation's" })
  @ApiOkResponse({ type: ContactView })
  @ApiNotFoundResponse({ description: 'No such contact, or not one you may see' })
  async read(
    @CurrentUser() reader: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Headers('x-access-reason') reason: string | undefined,
  ): Promise<ContactView> {
    const contact = await this.readContact.read(reader, id, reason?.slice(0, 200) || 'view contact');
    return toContactView(contact);
  }
}
