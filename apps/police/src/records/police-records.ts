import { InformationRequestedV1 } from '@frontdoor/contracts';
import { AgencyRecords, AgencyRecordsLookup } from '@frontdoor/information-sharing';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { DomesticAbuseHistory } from '../domestic-abuse/domestic-abuse-history.entity';
import { Incident, IncidentPerson } from '../incidents/incident.entity';
import { Investigation, InvestigationPerson } from '../investigations/investigation.entity';
import { matchPoliceSubject } from '../matching/police-match';
import { PoliceCandidate, candidatesBornOn } from '../people/police-candidates';
import { PolicePerson } from '../people/police-person.entity';
import { CLOCK, Clock, PolicePolicy } from '../police-policy';
import { WarningMarker } from '../warning-markers/warning-marker.entity';
import { SubjectOutcome, answerFromPoliceFile, yearsBefore } from './police-answer';
import { IncidentEntry, InvestigationEntry, PoliceFile } from './police-file';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * GMP's records, as the information-sharing lib asks them: find each person on the request
 * (name and date of birth, postcode when both sides have it; police hold no NHS number or UPN),
 * read what police hold about the people found, and let the pure answer rules decide what is
 * shared, what is withheld and what must never leave.
 */
@Injectable()
export class PoliceRecords implements AgencyRecords {
  constructor(
    private readonly policy: PolicePolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async lookUp(manager: EntityManager, request: InformationRequestedV1): Promise<AgencyRecordsLookup> {
    const now = this.clock.now();
    const since = yearsBefore(now, this.policy.incidentLookbackYears);
    const candidates = await this.candidates(manager, request);
    const outcomes: SubjectOutcome[] = request.subjects.map((subject) => ({
      subject,
      match: matchPoliceSubject(
        subject,
        candidates.map((c) => c.candidate),
      ),
    }));
    const matchedIds = [...new Set(outcomes.flatMap(({ match }) => (match.matched ? [match.personId] : [])))];
    const file = await this.policeFile(manager, matchedIds, since, request.datasets.includes('incidents'));
    // Safe addresses of everyone looked at (near misses too), so that even a practitioner's
    // hand-written answer cannot carry one.
    const people = [
      ...file.people,
      ...candidates.map((c) => ({ personId: c.candidate.personId, safeAddress: c.safeAddress })),
    ];
    return answerFromPoliceFile(
      outcomes,
      { ...file, people },
      {
        datasets: request.datasets,
        now,
        incidentLookbackYears: this.policy.incidentLookbackYears,
      },
    );
  }

  /** Everyone born on a day a subject was born: the matches, and the near misses to count. */
  private candidates(manager: EntityManager, request: InformationRequestedV1): Promise<PoliceCandidate[]> {
    const birthDates = request.subjects
      .map((s) => s.dateOfBirth?.slice(0, 10))
      .filter((d): d is string => !!d && ISO_DATE.test(d));
    return candidatesBornOn(manager, birthDates);
  }

  /** What police hold about the matched people, and who else those records mention. */
  private async policeFile(
    manager: EntityManager,
    personIds: string[],
    since: Date,
    withIncidents: boolean,
  ): Promise<PoliceFile> {
    if (personIds.length === 0)
      return { people: [], incidents: [], domesticAbuse: [], markers: [], investigations: [] };

    let incidents: IncidentEntry[] = [];
    if (withIncidents) {
      const links = await manager.find(IncidentPerson, { where: { personId: In(personIds) } });
      const incidentIds = [...new Set(links.map((l) => l.incidentId))];
      const rows = incidentIds.length
        ? await manager.find(Incident, { where: { id: In(incidentIds), occurredAt: MoreThanOrEqual(since) } })
        : [];
      const people = rows.length
        ? await manager.find(IncidentPerson, { where: { incidentId: In(rows.map((r) => r.id)) } })
        : [];
      incidents = rows.map((row) => ({
        id: row.id,
        reference: row.reference,
        occurredAt: row.occurredAt,
        type: row.type,
        locationPostcode: row.locationPostcode,
        people: people.filter((p) => p.incidentId === row.id).map((p) => ({ personId: p.personId, role: p.role })),
      }));
    }

    const domesticAbuse = await manager.find(DomesticAbuseHistory, {
      where: [{ victimId: In(personIds) }, { perpetratorId: In(personIds) }],
    });
    // Every marker and investigation is read whatever was asked: restricted ones must be known
    // (to withhold them, list their values, and hold a sensitive request for review).
    const markers = await manager.find(WarningMarker, { where: { personId: In(personIds) } });
    const investigationLinks = await manager.find(InvestigationPerson, { where: { personId: In(personIds) } });
    const investigationIds = [...new Set(investigationLinks.map((l) => l.investigationId))];
    const investigationRows = investigationIds.length
      ? await manager.find(Investigation, { where: { id: In(investigationIds) } })
      : [];
    const investigationPeople = investigationIds.length
      ? await manager.find(InvestigationPerson, { where: { investigationId: In(investigationIds) } })
      : [];
    const investigations: InvestigationEntry[] = investigationRows.map((row) => ({
      id: row.id,
      reference: row.reference,
      offence: row.offence,
      openedOn: row.openedOn,
      status: row.status,
      sensitive: row.sensitive,
      summary: row.summary,
      people: investigationPeople
        .filter((p) => p.investigationId === row.id)
        .map((p) => ({ personId: p.personId, role: p.role })),
    }));

    const mentioned = new Set<string>(personIds);
    incidents.forEach((i) => i.people.forEach((p) => mentioned.add(p.personId)));
    domesticAbuse.forEach((pair) => mentioned.add(pair.victimId).add(pair.perpetratorId));
    investigations.forEach((i) => i.people.forEach((p) => mentioned.add(p.personId)));
    const people = await manager.find(PolicePerson, {
      select: { id: true, safeAddress: true },
      where: { id: In([...mentioned]) },
    });

    return {
      people: people.map((p) => ({ personId: p.id, safeAddress: p.safeAddress })),
      incidents,
      domesticAbuse: domesticAbuse.map((pair) => ({
        victimId: pair.victimId,
        perpetratorId: pair.perpetratorId,
        firstIncidentOn: pair.firstIncidentOn,
        lastIncidentOn: pair.lastIncidentOn,
        incidentCount: pair.incidentCount,
        dashScore: pair.dashScore,
        dashCompletedOn: pair.dashCompletedOn,
      })),
      markers: markers.map((m) => ({
        personId: m.personId,
        type: m.type,
        note: m.note,
        recordedOn: m.recordedOn,
        restricted: m.restricted,
      })),
      investigations,
    };
  }
}
