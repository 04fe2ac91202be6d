import { ChildV1 } from '@frontdoor/contracts';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { MatchedOn } from '../cases/case-child.entity';
import {
  ChildIdentity,
  IndexedPerson,
  MatchKeys,
  choosePersonMatch,
  matchKeys,
  personNameKeys,
} from './matching/person-match';
import { Person } from './person.entity';

export interface IndexedChild {
  personId: string;
  matchedOn: MatchedOn;
  note: string | null;
}

/** Finds the child in the person index, or enrols them, inside the caller's transaction. */
@Injectable()
export class PersonIndex {
  /** The child's entry in the index, or null: for reading only (research for partners), never enrols. */
  async find(manager: EntityManager, identity: ChildIdentity): Promise<string | null> {
    const candidates = await this.candidates(manager, matchKeys(identity));
    return choosePersonMatch(identity, candidates).personId;
  }

  async findOrEnrol(manager: EntityManager, child: ChildV1): Promise<IndexedChild> {
    const identity = identityOf(child);
    const keys = matchKeys(identity);
    const candidates = await this.candidates(manager, keys);
    const match = choosePersonMatch(identity, candidates);
    if (match.personId !== null) {
      await this.learnIdentifiers(manager, match.personId, keys, candidates);
      return { personId: match.personId, matchedOn: match.matchedOn, note: null };
    }
    const personId = randomUUID();
    // An identifier someone else already holds stays off the new record: the unique index
    // would refuse it, and the conflict is for a person to resolve (the note says so).
    const heldByOthers = (field: 'nhsNumber' | 'upn', value?: string) =>
      value !== undefined && candidates.some((candidate) => candidate[field] === value);
    await manager.insert(Person, {
      id: personId,
      nhsNumber: keys.nhsNumber && !heldByOthers('nhsNumber', keys.nhsNumber) ? keys.nhsNumber : null,
      upn: keys.upn && !heldByOthers('upn', keys.upn) ? keys.upn : null,
      ...personNameKeys(identity),
      dateOfBirth: identity.dateOfBirth ?? null,
      postcode: keys.nameKey?.postcode ?? null,
    });
    return { personId, matchedOn: 'new-person', note: candidates.length > 0 ? match.reason : null };
  }

  /**
   * Everyone who shares any key with the child. One query per key: a common name, date of birth
   * and postcode must never crowd the single NHS-number or UPN holder out of the list.
   */
  private async candidates(manager: EntityManager, keys: MatchKeys): Promise<IndexedPerson[]> {
    // In turn, not in parallel: they share the transaction's one connection.
    const found = new Map<string, Person>();
    const add = (rows: Person[]) => rows.forEach((row) => found.set(row.id, row));
    if (keys.nhsNumber) add(await manager.findBy(Person, { nhsNumber: keys.nhsNumber }));
    if (keys.upn) add(await manager.findBy(Person, { upn: keys.upn }));
    if (keys.nameKey) {
      const { firstNameKey, lastNameKey, dateOfBirth, postcode } = keys.nameKey;
      add(await manager.find(Person, { where: { firstNameKey, lastNameKey, dateOfBirth, postcode }, take: 20 }));
    }
    return [...found.values()].map((row) => ({
      personId: row.id,
      nhsNumber: row.nhsNumber ?? undefined,
      upn: row.upn ?? undefined,
      firstNameKey: row.firstNameKey,
      lastNameKey: row.lastNameKey,
      dateOfBirth: row.dateOfBirth ?? undefined,
      postcode: row.postcode ?? undefined,
    }));
  }

  /** A match may teach us an identifier the index lacked (e.g. a school gave the UPN). */
  private async learnIdentifiers(
    manager: EntityManager,
    personId: string,
    keys: MatchKeys,
    candidates: IndexedPerson[],
  ): Promise<void> {
    const person = candidates.find((candidate) => candidate.personId === personId)!;
    const update: Partial<Person> = {};
    if (keys.nhsNumber && !person.nhsNumber && !candidates.some((c) => c.nhsNumber === keys.nhsNumber)) {
      update.nhsNumber = keys.nhsNumber;
    }
    if (keys.upn && !person.upn && !candidates.some((c) => c.upn === keys.upn)) update.upn = keys.upn;
    if (Object.keys(update).length > 0) await manager.update(Person, { id: personId }, update);
  }
}

export function identityOf(child: ChildV1): ChildIdentity {
  return {
    firstName: child.firstName,
    lastName: child.lastName,
    dateOfBirth: child.dateOfBirthStatus === 'known' ? child.dateOfBirth : undefined,
    nhsNumber: child.nhsNumber,
    upn: child.upn,
    postcode: child.address?.postcode,
  };
}
