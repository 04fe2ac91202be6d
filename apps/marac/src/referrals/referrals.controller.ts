import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Body, Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { normaliseNhsNumber, normaliseUpn } from '@frontdoor/identifiers';
import { MaracAction } from '../actions/marac-action.entity';
import { Clock, MARAC_CLOCK, MARAC_PARTNERS } from '../marac-policy';
import { AllocateIdvaDto, CreateReferralDto, ListReferralsQuery, ReferralPersonDto } from './dto/create-referral.dto';
import { MaracResearch } from '../research/marac-research.entity';
import { MaracReferral } from './marac-referral.entity';
import { ReferHandler } from './refer.handler';
import { referralView } from './referral.view';

@ApiTags('referrals')
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly refer: ReferHandler,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MARAC_CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @Roles(...MARAC_PARTNERS)
  @ApiOperation({ summary: 'Refer a victim to MARAC by hand; criteria applied, repeat found automatically' })
  @ApiCreatedResponse({ description: 'The referral, referred (listed at a meeting) or not eligible with reasons' })
  @ApiConflictResponse({ description: 'The screening case named is already referred' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateReferralDto) {
    const referral = await this.refer.referByHand(user, {
      source: 'partner',
      ...(body.screeningCaseId && { screeningCaseId: body.screeningCaseId }),
      victim: partyIdentity(body.victim),
      perpetrator: partyIdentity(body.perpetrator),
      childrenInHousehold: body.childrenInHousehold.map((child) => ({
        ...partyIdentity(child),
        ...(child.upn && { upn: normaliseUpn(child.upn) }),
      })),
      referringAgency: body.referringAgency,
      dashYesCount: body.dashYesCount,
      professionalJudgementReason: body.professionalJudgementReason,
      callOutsInLast12Months: body.callOutsInLast12Months,
      victimSafeAddress: body.victimSafeAddress,
      occurredAt: body.occurredAt ? new Date(body.occurredAt) : this.clock.now(),
    });
    return referralView(referral, user, { now: this.clock.now() });
  }

  @Get()
  @Roles(...MARAC_PARTNERS)
  @ApiOperation({ summary: 'Latest referrals first, optionally only referred (listed) or not eligible ones' })
  @ApiOkResponse({ description: 'Referrals as the reader may see them (without actions and research)' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListReferralsQuery) {
    const referrals = await this.dataSource.manager.find(MaracReferral, {
      where: {
        ...(query.status && { status: query.status }),
        ...(query.screeningCaseId && { screeningCaseId: query.screeningCaseId }),
      },
      order: { referredAt: 'DESC' },
      take: query.limit ?? 50,
    });
    await this.dataSource.transaction(async (manager) => {
      for (const referral of referrals) {
        await this.audit.record(
          user,
          {
            action: 'marac.referral-read',
            subjectType: 'marac-referral',
            subjectId: referral.id,
            reason: 'referral list',
          },
          manager,
        );
      }
    });
    const now = this.clock.now();
    return referrals.map((referral) => referralView(referral, user, { now }));
  }

  @Get(':id')
  @Roles(...MARAC_PARTNERS)
  @ApiOperation({
    summary: 'A referral with its criteria, listing, IDVA and actions (safe address only for IDVA/police)',
  })
  @ApiOkResponse({ description: 'The referral as the reader may see it' })
  @ApiNotFoundResponse({ description: 'No such referral' })
  async read(@CurrentUser() user: AuthenticatedUser, @Param('id', new ParseUUIDPipe()) id: string) {
    const referral = await this.dataSource.manager.findOneBy(MaracReferral, { id });
    if (!referral) throw new NotFoundException(`No MARAC referral ${id}`);
    const actions = await this.dataSource.manager.find(MaracAction, {
      where: { referralId: id },
      order: { dueDate: 'ASC' },
    });
    const research = await this.dataSource.manager.find(MaracResearch, {
      where: { referralId: id },
      order: { agency: 'ASC' },
    });
    await this.audit.record(user, {
      action: 'marac.referral-read',
      subjectType: 'marac-referral',
      subjectId: id,
      reason: 'MARAC case',
    });
    return referralView(referral, user, { now: this.clock.now(), actions, research });
  }

  @Post(':id/idva')
  @Roles(Role.MaracCoordinator, Role.DaAdvisor)
  @ApiOperation({ summary: 'Allocate an IDVA to the victim' })
  @ApiCreatedResponse({ description: 'The referral with its IDVA' })
  @ApiNotFoundResponse({ description: 'No such referral' })
  async allocateIdva(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AllocateIdvaDto,
  ) {
    return this.dataSource.transaction(async (manager) => {
      const referral = await manager.findOneBy(MaracReferral, { id });
      if (!referral) throw new NotFoundException(`No MARAC referral ${id}`);
      Object.assign(referral, {
        idvaSubject: body.idvaSubject,
        idvaName: body.idvaName,
        idvaAllocatedAt: this.clock.now(),
      });
      await manager.save(referral);
      await this.audit.record(
        user,
        {
          action: 'marac.idva-allocated',
          subjectType: 'marac-referral',
          subjectId: id,
          reason: `IDVA ${body.idvaSubject}`,
        },
        manager,
      );
      return referralView(referral, user, { now: this.clock.now() });
    });
  }
}

function partyIdentity(person: ReferralPersonDto) {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    ...(person.dateOfBirth && { dateOfBirth: person.dateOfBirth }),
    ...(person.nhsNumber && { nhsNumber: normaliseNhsNumber(person.nhsNumber) }),
  };
}
