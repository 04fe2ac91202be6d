import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { MaracAction } from '../actions/marac-action.entity';
import { Clock, MARAC_CLOCK, MARAC_PARTNERS, MaracPolicy } from '../marac-policy';
import { MaracReferral } from '../referrals/marac-referral.entity';
import { MaracResearch } from '../research/marac-research.entity';
import { referralView } from '../referrals/referral.view';
import { CreateExtraMeetingDto, GenerateScheduleDto } from './dto/meeting.dto';
import { MaracMeeting } from './marac-meeting.entity';
import { MeetingListing } from './meeting-listing';

@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly listing: MeetingListing,
    private readonly policy: MaracPolicy,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MARAC_CLOCK) private readonly clock: Clock,
  ) {}

  @Post('schedule')
  @Roles(Role.MaracCoordinator)
  @ApiOperation({ summary: 'Generate the regular meetings of the next N weeks (existing ones are kept)' })
  @ApiCreatedResponse({ description: 'The upcoming meetings' })
  async generate(@Body() body: GenerateScheduleDto) {
    await this.dataSource.transaction((manager) => this.listing.ensureSchedule(manager, body.weeks));
    return this.upcoming();
  }

  @Post()
  @Roles(Role.MaracCoordinator)
  @ApiOperation({ summary: 'Add an extra meeting for urgent cases' })
  @ApiCreatedResponse({ type: MaracMeeting })
  @ApiBadRequestResponse({ description: 'The time is not in the future' })
  async createExtra(@Body() body: CreateExtraMeetingDto): Promise<MaracMeeting> {
    const heldAt = new Date(body.heldAt);
    if (heldAt.getTime() <= this.clock.now().getTime()) {
      throw new BadRequestException({
        title: 'Invalid request',
        detail: 'heldAt must be in the future; nothing was saved.',
        errors: [{ field: 'heldAt', messages: ['heldAt must be in the future'] }],
      });
    }
    const meeting = this.dataSource.manager.create(MaracMeeting, {
      id: randomUUID(),
      kind: 'extra',
      heldAt,
      // An urgent meeting has no research window: agencies bring what they have.
      researchCutOffAt: heldAt,
      capacity: this.policy.schedule.capacity,
      movedFromBankHoliday: null,
    });
    return this.dataSource.manager.save(meeting);
  }

  @Post(':id/cases/:referralId')
  @Roles(Role.MaracCoordinator)
  @ApiOperation({ summary: 'List an urgent referral at this (extra) meeting instead of its regular one' })
  @ApiCreatedResponse({ description: 'The referral, now listed here' })
  @ApiNotFoundResponse({ description: 'No such meeting or eligible referral' })
  @ApiConflictResponse({ description: 'The meeting is a regular one' })
  async listUrgent(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('referralId', new ParseUUIDPipe()) referralId: string,
  ) {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await manager.findOneBy(MaracMeeting, { id });
      const referral = await manager.findOneBy(MaracReferral, { id: referralId, status: 'referred' });
      if (!meeting || !referral) throw new NotFoundException('No such meeting or eligible referral');
      if (meeting.kind !== 'extra') {
        // Regular meetings are filled by the listing rule (earliest with room, cut-off ahead), never by hand.
        throw new ConflictException({
          title: 'Not an extra meeting',
          detail: 'Urgent cases go to extra meetings only.',
        });
      }
      referral.meetingId = meeting.id;
      await manager.save(referral);
      await this.audit.record(
        user,
        {
          action: 'marac.listed-urgent',
          subjectType: 'marac-referral',
          subjectId: referral.id,
          reason: `meeting ${id}`,
        },
        manager,
      );
      return referralView(referral, user, { now: this.clock.now() });
    });
  }

  @Get()
  @Roles(...MARAC_PARTNERS)
  @ApiOperation({ summary: 'Upcoming meetings with the number of cases listed' })
  @ApiOkResponse({ description: 'id, kind, heldAt, researchCutOffAt, capacity, listed' })
  upcoming() {
    return this.dataSource.query(
      `SELECT m.id, m.kind, m.held_at AS "heldAt", m.research_cut_off_at AS "researchCutOffAt", m.capacity,
              m.moved_from_bank_holiday AS "movedFromBankHoliday", count(r.id)::int AS listed
         FROM marac_meetings m LEFT JOIN marac_referrals r ON r.meeting_id = m.id
        WHERE m.held_at > $1
        GROUP BY m.id ORDER BY m.held_at LIMIT 100`,
      [this.clock.now()],
    );
  }

  @Get(':id/agenda')
  @Roles(...MARAC_PARTNERS)
  @ApiOperation({
    summary:
      'The agenda: each case with risk, criteria, children, repeat flag and actions; restricted fields only for IDVA/police',
  })
  @ApiOkResponse({ description: 'The meeting and its cases' })
  @ApiNotFoundResponse({ description: 'No such meeting' })
  async agenda(@CurrentUser() user: AuthenticatedUser, @Param('id', new ParseUUIDPipe()) id: string) {
    const meeting = await this.dataSource.manager.findOneBy(MaracMeeting, { id });
    if (!meeting) throw new NotFoundException(`No MARAC meeting ${id}`);
    const referrals = await this.dataSource.manager.find(MaracReferral, {
      where: { meetingId: id },
      order: { referredAt: 'ASC' },
    });
    const referralIds = In(referrals.map((r) => r.id));
    const [actions, research] = referrals.length
      ? await Promise.all([
          this.dataSource.manager.find(MaracAction, { where: { referralId: referralIds } }),
          this.dataSource.manager.find(MaracResearch, { where: { referralId: referralIds }, order: { agency: 'ASC' } }),
        ])
      : [[], []];
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      for (const referral of referrals) {
        await this.audit.record(
          user,
          {
            action: 'marac.agenda-read',
            subjectType: 'marac-referral',
            subjectId: referral.id,
            reason: `agenda of meeting ${id}`,
          },
          manager,
        );
      }
    });
    return {
      meeting,
      cases: referrals.map((referral) =>
        referralView(referral, user, {
          now,
          actions: actions.filter((action) => action.referralId === referral.id),
          research: research.filter((answer) => answer.referralId === referral.id),
        }),
      ),
    };
  }
}
