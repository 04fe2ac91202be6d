import { InformationRequestedV1, RequestSubjectV1, SubjectAnswerV1, WithheldV1 } from '@frontdoor/contracts';
import { AgencyRecords, AgencyRecordsLookup } from '@frontdoor/information-sharing';
import { Injectable } from '@nestjs/common';
import { Brackets, EntityManager, In } from 'typeorm';
import { MissedAppointment } from '../appointments/missed-appointment.entity';
import { ChildProtectionFlag } from '../child-protection/child-protection-flag.entity';
import { GpRegistration } from '../gp-registration/gp-registration.entity';
import { HealthInvolvement } from '../involvement/health-involvement.entity';
import {
  PatientKeys,
  PatientMatch,
  choosePatient,
  lookupKeys,
  unconfirmedExplanation,
} from '../matching/patient-match';
import { Patient } from '../patients/patient.entity';
import { SafeAddress } from '../patients/safe-address.entity';
import { HEALTH_DATASETS, PatientRecord, healthFindings, restrictedValuesOf } from './health-findings';

/**
 * How the health service answers the front door from its own records: each subject is matched
 * (NHS number, else name + date of birth + postcode), and a matched patient's requested datasets
 * become findings. Restricted clinical records are withheld and send the request to a
 * practitioner for review; safe addresses and restricted details are handed back as values that
 * must never leave.
 */
@Injectable()
export class HealthRecords implements AgencyRecords {
  async lookUp(manager: EntityManager, request: InformationRequestedV1): Promise<AgencyRecordsLookup> {
    const datasets = request.datasets.filter((dataset) => (HEALTH_DATASETS as readonly string[]).includes(dataset));
    const requestedAt = new Date(request.requestedAt);
    // One at a time: inside the consumer's transaction every query shares one connection.
    const matches: { subject: RequestSubjectV1; match: PatientMatch }[] = [];
    for (const subject of request.subjects) matches.push({ subject, match: await this.match(manager, subject) });

    const touched = matches.flatMap(({ match }) =>
      match.outcome === 'matched' ? [match.patientId] : match.outcome === 'unconfirmed' ? match.candidateIds : [],
    );
    const records = await loadPatientRecords(manager, touched);

    const subjects: SubjectAnswerV1[] = [];
    const withheld: WithheldV1[] = [];
    let needsReview = false;
    for (const { subject, match } of matches) {
      if (match.outcome !== 'matched') {
        subjects.push({ subjectRef: subject.subjectRef, known: false, findings: [] });
        if (match.outcome === 'unconfirmed') {
          withheld.push({
            what: `possible match for subject ${subject.subjectRef}`,
            reason: unconfirmedExplanation(match.reason),
          });
        }
        continue;
      }
      const answer = healthFindings(records.get(match.patientId)!, {
        subjectRef: subject.subjectRef,
        role: subject.role,
        datasets,
        requestedAt,
      });
      subjects.push({
        subjectRef: subject.subjectRef,
        known: true,
        matchedOn: match.matchedOn,
        findings: answer.findings,
      });
      withheld.push(...answer.withheld);
      needsReview ||= answer.holdsRestrictedRecord;
    }

    // Candidates that were not matched count too: a practitioner might confirm one by hand.
    const restrictedValues = [...new Set([...records.values()].flatMap(restrictedValuesOf))];
    return { subjects, withheld, restrictedValues, needsReview };
  }

  private async match(manager: EntityManager, subject: RequestSubjectV1): Promise<PatientMatch> {
    const keys = lookupKeys(subject);
    if (!keys.nhsNumber && !keys.nameAndBirth) return choosePatient(subject, []);
    const query = manager
      .createQueryBuilder(Patient, 'patient')
      .select([
        'patient.id',
        'patient.nhsNumber',
        'patient.firstNameKey',
        'patient.lastNameKey',
        'patient.dateOfBirth',
        'patient.postcode',
      ])
      .where(
        new Brackets((where) => {
          if (keys.nhsNumber) where.orWhere('patient.nhsNumber = :nhsNumber', { nhsNumber: keys.nhsNumber });
          if (keys.nameAndBirth) {
            where.orWhere(
              'patient.lastNameKey = :lastNameKey AND patient.firstNameKey = :firstNameKey AND patient.dateOfBirth = :dateOfBirth',
              keys.nameAndBirth,
            );
          }
        }),
      )
      .limit(50);
    const candidates: PatientKeys[] = (await query.getMany()).map((patient) => ({
      patientId: patient.id,
      nhsNumber: patient.nhsNumber,
      firstNameKey: patient.firstNameKey,
      lastNameKey: patient.lastNameKey,
      dateOfBirth: patient.dateOfBirth,
      postcode: patient.postcode,
    }));
    return choosePatient(subject, candidates);
  }
}

/** Each patient's records, read in one query per table. */
async function loadPatientRecords(manager: EntityManager, patientIds: string[]): Promise<Map<string, PatientRecord>> {
  const ids = [...new Set(patientIds)];
  const records = new Map<string, PatientRecord>(
    ids.map((patientId) => [
      patientId,
      {
        patientId,
        gpRegistrations: [],
        involvements: [],
        childProtectionFlags: [],
        missedAppointments: [],
        safeAddress: null,
      },
    ]),
  );
  if (ids.length === 0) return records;
  const where = { patientId: In(ids) };
  const registrations = await manager.find(GpRegistration, { where });
  const involvements = await manager.find(HealthInvolvement, { where });
  const flags = await manager.find(ChildProtectionFlag, { where });
  const missed = await manager.find(MissedAppointment, { where });
  const safeAddresses = await manager.find(SafeAddress, { where });
  for (const row of registrations) records.get(row.patientId)!.gpRegistrations.push(row);
  for (const row of involvements) records.get(row.patientId)!.involvements.push(row);
  for (const row of flags) records.get(row.patientId)!.childProtectionFlags.push(row);
  for (const row of missed) records.get(row.patientId)!.missedAppointments.push(row);
  for (const row of safeAddresses) records.get(row.patientId)!.safeAddress = row;
  return records;
}
