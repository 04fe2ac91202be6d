import { EntityManager, Brackets } from 'typeorm';
import { Pupil } from '../pupils/pupil.entity';
import { PupilMatchedOn, SubjectIdentity, choosePupilMatch, pupilLookupKeys } from './pupil-match';

export type PupilOnRoll =
  | { pupil: Pupil; matchedOn: PupilMatchedOn }
  | {
      pupil: null;
      /** Names no identifiers, so it can be logged and stored. */
      reason: string;
      /** How many pupils the database offered (0: nobody came close). */
      candidates: number;
    };

/**
 * The pupil on the school rolls this person is, by the one matching rule (choosePupilMatch): the
 * database narrows by UPN or by normalised name and date of birth, the rule decides.
 */
export async function findPupilOnRoll(manager: EntityManager, subject: SubjectIdentity): Promise<PupilOnRoll> {
  const keys = pupilLookupKeys(subject);
  if (!keys.upn && !keys.name) {
    return { pupil: null, reason: 'No valid UPN and no date of birth: nothing to match on.', candidates: 0 };
  }
  const candidates = await manager
    .createQueryBuilder(Pupil, 'pupil')
    .where(
      new Brackets((where) => {
        if (keys.upn) where.orWhere('pupil.upn = :upn', { upn: keys.upn });
        if (keys.name) {
          where.orWhere(
            'pupil.last_name_key = :lastNameKey AND pupil.first_name_key = :firstNameKey AND pupil.date_of_birth = :dateOfBirth',
            keys.name,
          );
        }
      }),
    )
    .limit(50)
    .getMany();
  const match = choosePupilMatch(
    subject,
    candidates.map((pupil) => ({ pupilId: pupil.id, ...pupil })),
  );
  if (match.pupilId === null) return { pupil: null, reason: match.reason, candidates: candidates.length };
  return { pupil: candidates.find((candidate) => candidate.id === match.pupilId)!, matchedOn: match.matchedOn };
}
