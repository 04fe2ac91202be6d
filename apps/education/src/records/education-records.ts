import { Clock } from '@frontdoor/calendar';
import { InformationRequestedV1, RequestSubjectV1, SubjectAnswerV1, WithheldV1 } from '@frontdoor/contracts';
import { AgencyRecords, AgencyRecordsLookup } from '@frontdoor/information-sharing';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { findPupilOnRoll } from '../matching/find-pupil';
import { AttendanceRecord } from '../pupils/attendance-record.entity';
import { Exclusion } from '../pupils/exclusion.entity';
import { Pupil } from '../pupils/pupil.entity';
import { SafeguardingConcern } from '../pupils/safeguarding-concern.entity';
import { School } from '../schools/school.entity';
import { PupilFile, pupilAnswer } from './education-findings';

export const EDUCATION_CLOCK = Symbol('EDUCATION_CLOCK');

/**
 * Education's answer to the front door: finds each child on the school rolls (UPN, else name and
 * date of birth, with the postcode when both sides have it) and shares only the datasets asked.
 * Adults are not on school rolls: they are "not known". A pupil on the protected roll holds the
 * whole request for a practitioner's review, and their school and addresses never leave.
 */
@Injectable()
export class EducationRecords implements AgencyRecords {
  private readonly logger = new Logger(EducationRecords.name);

  constructor(@Inject(EDUCATION_CLOCK) private readonly clock: Clock) {}

  async lookUp(manager: EntityManager, request: InformationRequestedV1): Promise<AgencyRecordsLookup> {
    const asOf = this.clock.now();
    const subjects: SubjectAnswerV1[] = [];
    const withheld: WithheldV1[] = [];
    const restricted = new Set<string>();
    let needsReview = false;

    for (const subject of request.subjects) {
      if (subject.role !== 'child') {
        subjects.push({ subjectRef: subject.subjectRef, known: false, findings: [] });
        continue;
      }
      const pupil = await this.findPupil(manager, subject, request.requestId);
      if (!pupil) {
        subjects.push({ subjectRef: subject.subjectRef, known: false, findings: [] });
        continue;
      }
      const answer = pupilAnswer(subject.subjectRef, await this.readFile(manager, pupil.pupil), request.datasets, asOf);
      subjects.push({
        subjectRef: subject.subjectRef,
        known: true,
        matchedOn: pupil.matchedOn,
        findings: answer.findings,
      });
      withheld.push(...answer.withheld);
      answer.restrictedValues.forEach((value) => restricted.add(value));
      needsReview ||= answer.needsReview;
    }
    return { subjects, withheld, restrictedValues: [...restricted], needsReview };
  }

  private async findPupil(
    manager: EntityManager,
    subject: RequestSubjectV1,
    requestId: string,
  ): Promise<{ pupil: Pupil; matchedOn: string } | null> {
    const found = await findPupilOnRoll(manager, subject);
    if (found.pupil === null) {
      if (found.candidates > 0)
        this.logger.log(`request ${requestId}: ${subject.subjectRef} not matched: ${found.reason}`);
      return null;
    }
    return found;
  }

  private async readFile(manager: EntityManager, pupil: Pupil): Promise<PupilFile> {
    // One after another: they share the event's transaction, hence one connection.
    const school = await manager.findOneBy(School, { urn: pupil.schoolUrn });
    const attendance = await manager.findBy(AttendanceRecord, { pupilId: pupil.id });
    const exclusions = await manager.findBy(Exclusion, { pupilId: pupil.id });
    const concerns = await manager.findBy(SafeguardingConcern, { pupilId: pupil.id });
    return { pupil, school, attendance, exclusions, concerns };
  }
}
