import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Person } from '../person-index/person.entity';
import {
  CHILD_SEARCH_LIMIT,
  ChildSearchKeys,
  NameComparison,
  SIMILAR_SPELLING_THRESHOLD,
  rankCandidates,
  searchedBy,
} from '../rules/child-search';
import { ChildSearchResultsView } from './child.view';
import { contactsAbout, isOpen, namesGiven } from './child-contacts';

/** The most index entries one search weighs; the closest CHILD_SEARCH_LIMIT of them are shown. */
const CANDIDATE_LIMIT = 500;

interface CandidateRow {
  id: string;
  first_exact: boolean | null;
  first_sounds: boolean | null;
  first_similarity: number | null;
  last_exact: boolean | null;
  last_sounds: boolean | null;
  last_similarity: number | null;
  last_contact_at: Date;
}

/**
 * How an index name key compares with the one searched for: equal, the same Double Metaphone code
 * (primary or alternate, so "Ava" finds "Eva"), or a trigram similarity. A name whose code is empty
 * (digits only) sounds like nothing.
 */
const compare = (column: string, parameter: string) => ({
  exact: `${column} = ${parameter}`,
  sounds: `(dmetaphone(${parameter}) <> '' AND (dmetaphone(${column}) = dmetaphone(${parameter})
            OR dmetaphone_alt(${column}) = dmetaphone_alt(${parameter})))`,
  similarity: `similarity(${column}, ${parameter})`,
});

/** Children in the person index matching every detail given; names however they are spelt. */
@Injectable()
export class SearchChildrenQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(keys: ChildSearchKeys): Promise<ChildSearchResultsView> {
    const rows = await this.candidates(keys);
    const ranked = rankCandidates(
      keys,
      rows.map((row) => ({
        personId: row.id,
        firstName: keys.firstNameKey ? comparison(row.first_exact, row.first_sounds, row.first_similarity) : undefined,
        lastName: keys.lastNameKey ? comparison(row.last_exact, row.last_sounds, row.last_similarity) : undefined,
        lastContactAt: new Date(row.last_contact_at).toISOString(),
      })),
    );
    const shown = ranked.slice(0, CHILD_SEARCH_LIMIT);
    const manager = this.dataSource.manager;
    const ids = shown.map((candidate) => candidate.personId);
    const [persons, contacts] = await Promise.all([
      manager.findBy(Person, { id: In(ids) }),
      contactsAbout(manager, ids),
    ]);
    const children = shown.flatMap((candidate) => {
      const person = persons.find((found) => found.id === candidate.personId);
      const own = contacts.filter((contact) => contact.personId === candidate.personId);
      if (!person || own.length === 0) return [];
      return [
        {
          personId: person.id,
          ...namesGiven(own),
          dateOfBirth: person.dateOfBirth,
          nhsNumber: person.nhsNumber,
          upn: person.upn,
          postcode: person.postcode,
          contacts: own.length,
          lastContactAt: own[0].case.receivedAt.toISOString(),
          openCaseId: own.find((contact) => isOpen(contact.case))?.case.id ?? null,
          matchedOn: candidate.matchedOn,
        },
      ];
    });
    return {
      children,
      capped: ranked.length > CHILD_SEARCH_LIMIT,
      searchedBy: searchedBy(keys),
    };
  }

  private candidates(keys: ChildSearchKeys): Promise<CandidateRow[]> {
    const parameters: unknown[] = [];
    const parameter = (value: unknown) => {
      parameters.push(value);
      return `$${parameters.length}`;
    };
    const where: string[] = [];
    const select: string[] = [
      'p.id',
      `(SELECT max(sc.received_at) FROM case_children cc JOIN screening_cases sc ON sc.id = cc.case_id
         WHERE cc.person_id = p.id) AS last_contact_at`,
    ];
    if (keys.nhsNumber) where.push(`p.nhs_number = ${parameter(keys.nhsNumber)}`);
    if (keys.upn) where.push(`p.upn = ${parameter(keys.upn)}`);
    if (keys.dateOfBirth) where.push(`p.date_of_birth = ${parameter(keys.dateOfBirth)}::date`);
    if (keys.postcode) {
      // The postcode the child was first known at, or any address a contact gave since.
      const compact = parameter(keys.postcode.replace(/\s/g, ''));
      where.push(`(replace(p.postcode, ' ', '') = ${compact} OR EXISTS (
        SELECT 1 FROM case_children cc WHERE cc.person_id = p.id
           AND upper(replace(cc.details->'address'->>'postcode', ' ', '')) = ${compact}))`);
    }
    let threshold: string | undefined;
    for (const [prefix, column, key] of [
      ['first', 'p.first_name_key', keys.firstNameKey],
      ['last', 'p.last_name_key', keys.lastNameKey],
    ] as const) {
      if (!key) continue;
      const sql = compare(column, `${parameter(key)}::text`);
      select.push(
        `${sql.exact} AS ${prefix}_exact`,
        `${sql.sounds} AS ${prefix}_sounds`,
        `${sql.similarity} AS ${prefix}_similarity`,
      );
      threshold ??= parameter(SIMILAR_SPELLING_THRESHOLD);
      where.push(`(${sql.exact} OR ${sql.sounds} OR ${sql.similarity} >= ${threshold})`);
    }
    const closeness = [keys.firstNameKey && 'first_similarity', keys.lastNameKey && 'last_similarity'].filter(Boolean);
    return this.dataSource.query(
      `SELECT * FROM (SELECT ${select.join(', ')} FROM persons p WHERE ${where.join(' AND ')}) candidates
        ORDER BY ${closeness.length ? `${closeness.join(' + ')} DESC,` : ''} id
        LIMIT ${CANDIDATE_LIMIT}`,
      parameters,
    );
  }
}

function comparison(exact: boolean | null, sounds: boolean | null, similarity: number | null): NameComparison {
  return { exact: exact === true, soundsAlike: sounds === true, similarity: Number(similarity ?? 0) };
}
