import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import {
  FieldError,
  IncidentChildV1,
  IncidentPersonV1,
  IncidentType,
  PoliceIncidentRecordedV1,
  Topics,
} from '@frontdoor/contracts';
import { normaliseName, normaliseNhsNumber, normalisePostcode, normaliseUpn } from '@frontdoor/identifiers';
import { OutboxWriter } from '@frontdoor/messaging';
import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Between, DataSource, EntityManager, In } from 'typeorm';
import { DomesticAbuseHistory } from '../domestic-abuse/domestic-abuse-history.entity';
import { matchPoliceSubject } from '../matching/police-match';
import { candidatesBornOn } from '../people/police-candidates';
import { PolicePerson } from '../people/police-person.entity';
import { pncId } from '../people/pnc-id';
import { CLOCK, Clock } from '../police-policy';
import { RecordedIncident, callOutWindow, countCallOuts } from './call-outs';
import { DashResult, scoreDash } from './dash';
import { IncidentPersonDto, IncidentRecordedDto, RecordIncidentDto } from './dto/record-incident.dto';
import { Incident, IncidentPerson, IncidentRole, PoliceIncidentType } from './incident.entity';
import { policeReference, ukDateOf } from './police-reference';
import { NoticeChild, PublicProtectionNotice } from './public-protection-notice.entity';
import { safeAddressLeaks, safeAddressText } from './safe-address-guard';

/** The incident log's own types are coarser than a PPN's. */
const LOG_TYPE: Record<IncidentType, PoliceIncidentType> = {
  'domestic-abuse': 'domestic-abuse',
  'child-concern': 'concern-for-welfare',
  'missing-child': 'missing-person',
  'other-vulnerability': 'concern-for-welfare',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Identity {
  firstName: string;
  lastName: string;
  dateOfBirth?: string;
  postcode?: string;
}

interface ResolvedPerson {
  personId: string;
  pncId: string;
  /** The safe address already on their record, if any: it must not leave either. */
  safeAddress: string | null;
}

/**
 * Records an officer's Public Protection Notice in GMP's records and tells the front door, in one
 * transaction: the incident and who was in it (people found by the police matching on name and
 * date of birth, or recorded for the first time so the next incident finds them), the
 * domestic-abuse history of the pair and its DASH, the victim's safe address on the victim's own
 * record, the audit record, and the `PoliceIncidentRecorded` event in the outbox. Either all of
 * it happens or none of it.
 *
 * The safe address is written to one column and read back nowhere here: the event is built field
 * by field from the notice, and any outbound text that carries a safe address (the new one or one
 * already held for someone in the incident) is refused with a 400 naming the field.
 */
@Injectable()
export class RecordIncidentHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(
    officer: AuthenticatedUser,
    notice: RecordIncidentDto,
    correlationId?: string,
  ): Promise<IncidentRecordedDto> {
    const dash = notice.dash
      ? scoreDash(notice.dash.answers, notice.dash.professionalJudgementHighRisk ?? false)
      : undefined;
    return this.dataSource.transaction((manager) => this.recordIn(manager, officer, notice, dash, correlationId));
  }

  private async recordIn(
    manager: EntityManager,
    officer: AuthenticatedUser,
    notice: RecordIncidentDto,
    dash: DashResult | undefined,
    correlationId: string | undefined,
  ): Promise<IncidentRecordedDto> {
    const recordedAt = this.clock.now();
    const occurredAt = new Date(notice.occurredAt);
    const incidentId = randomUUID();
    const [{ serial }] = await manager.query(`SELECT nextval('incident_reference_seq') AS serial`);
    const reference = policeReference(recordedAt, serial);
    const newSafeAddress = notice.victimSafeAddress
      ? safeAddressText({
          addressLine: notice.victimSafeAddress.addressLine,
          postcode: normalisePostcode(notice.victimSafeAddress.postcode)!,
        })
      : null;

    // --- who was there: found on the records, or recorded now ----------------------------------
    const children = notice.children.map((child) => ({
      ...child,
      postcode: child.postcode ? normalisePostcode(child.postcode)! : undefined,
    }));
    await lockIdentities(manager, [notice.victim, notice.perpetrator, ...children]);
    const year = Number(ukDateOf(recordedAt).slice(0, 4));
    const resolve = (identity: Identity) => this.findOrRecordPerson(manager, identity, year);
    const victim = notice.victim ? await resolve(notice.victim) : undefined;
    const perpetrator = notice.perpetrator ? await resolve(notice.perpetrator) : undefined;
    const childPeople: ResolvedPerson[] = [];
    for (const child of children) childPeople.push(await resolve(child));

    if (victim && perpetrator && victim.personId === perpetrator.personId) {
      throw invalid([
        {
          field: 'perpetrator',
          messages: ['perpetrator must be someone other than the victim (same name and date of birth)'],
        },
      ]);
    }

    // --- what leaves: built field by field, never from the body as a whole ---------------------
    const outbound = {
      summary: notice.summary,
      ...(notice.victim && victim && { victim: { ...personV1(notice.victim), pncId: victim.pncId } }),
      ...(notice.perpetrator &&
        perpetrator && { perpetrator: { ...personV1(notice.perpetrator), pncId: perpetrator.pncId } }),
      children: children.map(childV1),
    };
    const safeAddresses = [
      newSafeAddress,
      victim?.safeAddress,
      perpetrator?.safeAddress,
      ...childPeople.map((c) => c.safeAddress),
    ];
    const leaks = safeAddressLeaks(
      outbound,
      safeAddresses.filter((a): a is string => !!a),
    );
    if (leaks.length > 0) throw invalid(leaks);

    const callOutsInLast12Months =
      victim && perpetrator
        ? countCallOuts(
            await pairIncidents(manager, victim.personId, perpetrator.personId, occurredAt),
            { victimId: victim.personId, perpetratorId: perpetrator.personId },
            { id: incidentId, occurredAt },
          )
        : 1;

    // --- GMP's records ---------------------------------------------------------------------------
    const logType = LOG_TYPE[notice.type];
    await manager.insert(Incident, {
      id: incidentId,
      reference,
      occurredAt,
      type: logType,
      location: notice.location
        ? [notice.location.addressLine.trim(), notice.location.postcode && normalisePostcode(notice.location.postcode)]
            .filter(Boolean)
            .join(', ')
        : null,
      locationPostcode: notice.location?.postcode ? normalisePostcode(notice.location.postcode) : null,
    });
    const links = new Map<string, IncidentPerson>();
    const link = (personId: string, role: IncidentRole) =>
      links.set(`${personId}|${role}`, { incidentId, personId, role });
    if (victim) link(victim.personId, 'victim');
    if (perpetrator) link(perpetrator.personId, 'suspect');
    children.forEach((child, index) =>
      link(childPeople[index].personId, child.present ? 'child-present' : 'child-resident'),
    );
    await manager.insert(IncidentPerson, [...links.values()]);

    if (victim && newSafeAddress) {
      await manager.update(PolicePerson, { id: victim.personId }, { safeAddress: newSafeAddress });
    }
    if (logType === 'domestic-abuse' && victim && perpetrator) {
      await recordDomesticAbuse(manager, victim.personId, perpetrator.personId, ukDateOf(occurredAt), dash);
    }
    await manager.insert(PublicProtectionNotice, {
      incidentId,
      type: notice.type,
      summary: notice.summary,
      recordedAt,
      officerSubject: officer.subject,
      officerOrganisation: officer.organisation,
      children: children.map((child, index): NoticeChild => ({
        personId: childPeople[index].personId,
        ...childV1(child),
      })),
      dashAnswers: notice.dash ? [...notice.dash.answers] : null,
      dashYesCount: dash?.yesCount ?? null,
      dashVisibleHighRisk: dash?.visibleHighRisk ?? null,
      dashProfessionalJudgementHighRisk: dash?.professionalJudgementHighRisk ?? null,
      dashHighRisk: dash?.highRisk ?? null,
      callOutsInLast12Months,
    });
    await this.audit.record(
      officer,
      {
        action: 'police-incident.recorded',
        subjectType: 'incident',
        subjectId: incidentId,
        reason: 'public protection notice submitted by the attending officer',
      },
      manager,
    );

    // --- the front door is told -----------------------------------------------------------------
    const event: PoliceIncidentRecordedV1 = {
      incidentId,
      policeReference: reference,
      type: notice.type,
      occurredAt: occurredAt.toISOString(),
      recordedAt: recordedAt.toISOString(),
      ...outbound,
      ...(notice.dash &&
        dash && {
          dash: {
            answers: [...notice.dash.answers],
            yesCount: dash.yesCount,
            visibleHighRisk: dash.visibleHighRisk,
            professionalJudgementHighRisk: dash.professionalJudgementHighRisk,
          },
        }),
      callOutsInLast12Months,
      officerSubject: officer.subject,
      officerOrganisation: officer.organisation,
    };
    await this.outbox.add(manager, Topics.PoliceIncidentRecorded, incidentId, event, correlationId);

    return {
      incidentId,
      policeReference: reference,
      dash: dash ? { yesCount: dash.yesCount, visibleHighRisk: dash.visibleHighRisk, highRisk: dash.highRisk } : null,
      callOutsInLast12Months,
    };
  }

  /**
   * The one person on the records with this name (or a recorded alias) and date of birth, or a
   * new record. A near miss or several equal records is never guessed at (linking the wrong
   * person's history to a child is a risk of its own): the person is recorded afresh, for the
   * records team to merge.
   */
  private async findOrRecordPerson(manager: EntityManager, identity: Identity, year: number): Promise<ResolvedPerson> {
    const dateOfBirth = identity.dateOfBirth && ISO_DATE.test(identity.dateOfBirth) ? identity.dateOfBirth : undefined;
    if (dateOfBirth) {
      const candidates = await candidatesBornOn(manager, [dateOfBirth]);
      const match = matchPoliceSubject(
        { ...identity, dateOfBirth },
        candidates.map((c) => c.candidate),
      );
      if (match.matched) {
        const found = candidates.find((c) => c.candidate.personId === match.personId)!;
        return { personId: found.candidate.personId, pncId: found.pncId, safeAddress: found.safeAddress };
      }
    }
    const [{ serial }] = await manager.query(`SELECT nextval('person_serial_seq') AS serial`);
    const person: Omit<PolicePerson, 'createdAt'> = {
      id: randomUUID(),
      pncId: pncId(year, serial),
      firstName: identity.firstName.trim(),
      lastName: identity.lastName.trim(),
      firstNameKey: normaliseName(identity.firstName),
      lastNameKey: normaliseName(identity.lastName),
      dateOfBirth: dateOfBirth ?? null,
      addressLine: null,
      town: null,
      postcode: identity.postcode ?? null,
      safeAddress: null,
    };
    await manager.insert(PolicePerson, person);
    return { personId: person.id, pncId: person.pncId, safeAddress: null };
  }
}

/**
 * Two notices naming the same new person at once would each record them: a lock per name and
 * date of birth, taken in one order, makes the second wait and then find the first's record.
 */
async function lockIdentities(manager: EntityManager, identities: readonly (Identity | undefined)[]): Promise<void> {
  const keys = identities
    .filter((identity): identity is Identity => !!identity?.dateOfBirth)
    .map(
      (identity) =>
        `police-person:${normaliseName(identity.firstName)}|${normaliseName(identity.lastName)}|${identity.dateOfBirth}`,
    );
  for (const key of [...new Set(keys)].sort()) {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
  }
}

/** Domestic-abuse incidents of either person in the 12 months up to `occurredAt`, with who was in them. */
async function pairIncidents(
  manager: EntityManager,
  victimId: string,
  perpetratorId: string,
  occurredAt: Date,
): Promise<RecordedIncident[]> {
  const personLinks = await manager.find(IncidentPerson, { where: { personId: In([victimId, perpetratorId]) } });
  const ids = [...new Set(personLinks.map((l) => l.incidentId))];
  if (ids.length === 0) return [];
  const { from, to } = callOutWindow(occurredAt);
  const incidents = await manager.find(Incident, {
    where: { id: In(ids), type: 'domestic-abuse', occurredAt: Between(from, to) },
  });
  return incidents.map((incident) => ({
    id: incident.id,
    type: incident.type,
    occurredAt: incident.occurredAt,
    people: personLinks
      .filter((l) => l.incidentId === incident.id)
      .map((l) => ({ personId: l.personId, role: l.role })),
  }));
}

/** One more incident in the pair's history; the latest DASH replaces an older one. */
async function recordDomesticAbuse(
  manager: EntityManager,
  victimId: string,
  perpetratorId: string,
  occurredOn: string,
  dash: DashResult | undefined,
): Promise<void> {
  const history = await manager.findOne(DomesticAbuseHistory, {
    where: { victimId, perpetratorId },
    lock: { mode: 'pessimistic_write' },
  });
  const newerDash = dash && (!history?.dashCompletedOn || occurredOn >= history.dashCompletedOn);
  const dashFields = newerDash ? { dashScore: dash.yesCount, dashCompletedOn: occurredOn } : {};
  if (!history) {
    await manager.insert(DomesticAbuseHistory, {
      id: randomUUID(),
      victimId,
      perpetratorId,
      firstIncidentOn: occurredOn,
      lastIncidentOn: occurredOn,
      incidentCount: 1,
      dashScore: null,
      dashCompletedOn: null,
      ...dashFields,
    });
    return;
  }
  await manager.update(
    DomesticAbuseHistory,
    { id: history.id },
    {
      incidentCount: history.incidentCount + 1,
      firstIncidentOn: occurredOn < history.firstIncidentOn ? occurredOn : history.firstIncidentOn,
      lastIncidentOn: occurredOn > history.lastIncidentOn ? occurredOn : history.lastIncidentOn,
      ...dashFields,
    },
  );
}

function personV1(person: IncidentPersonDto): IncidentPersonV1 {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    ...(person.dateOfBirth && { dateOfBirth: person.dateOfBirth }),
    ...(person.nhsNumber && { nhsNumber: normaliseNhsNumber(person.nhsNumber) }),
  };
}

function childV1(child: RecordIncidentDto['children'][number]): IncidentChildV1 {
  return {
    ...personV1(child),
    ...(child.upn && { upn: normaliseUpn(child.upn) }),
    present: child.present,
    ...(child.postcode && { postcode: child.postcode }),
    ...(child.wordsAndViews && { wordsAndViews: child.wordsAndViews }),
  };
}

function invalid(errors: FieldError[]): BadRequestException {
  return new BadRequestException({
    title: 'Invalid request',
    detail: `${errors.length} field(s) are missing or invalid; nothing was saved.`,
    errors,
  });
}
