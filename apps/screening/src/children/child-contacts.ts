import { ChildV1 } from '@frontdoor/contracts';
import { normaliseName } from '@frontdoor/identifiers';
import { EntityManager, In } from 'typeorm';
import { CaseChild } from '../cases/case-child.entity';
import { ScreeningCase } from '../cases/screening-case.entity';

/** One contact about an indexed child: the case and the child as that contact described them. */
export interface ChildContact {
  personId: string;
  child: ChildV1;
  case: ScreeningCase;
}

/** Every contact about these children, newest first. */
export async function contactsAbout(manager: EntityManager, personIds: string[]): Promise<ChildContact[]> {
  if (personIds.length === 0) return [];
  const children = await manager.find(CaseChild, { where: { personId: In(personIds) } });
  const cases = children.length
    ? await manager.find(ScreeningCase, { where: { id: In([...new Set(children.map((child) => child.caseId))]) } })
    : [];
  const byId = new Map(cases.map((found) => [found.id, found]));
  return children
    .map((child) => ({ personId: child.personId, child: child.details, case: byId.get(child.caseId)! }))
    .filter((contact) => contact.case !== undefined)
    .sort((a, b) => b.case.receivedAt.getTime() - a.case.receivedAt.getTime());
}

export const fullName = (child: Pick<ChildV1, 'firstName' | 'lastName'>) => `${child.firstName} ${child.lastName}`;

/** The name the newest contact gave, and every other spelling given (as typed, once each). */
export function namesGiven(newestFirst: readonly ChildContact[]): { name: string; otherNames: string[] } {
  const name = fullName(newestFirst[0].child);
  const seen = new Set([normaliseName(name)]);
  const otherNames: string[] = [];
  for (const { child } of newestFirst) {
    const given = fullName(child);
    if (seen.has(normaliseName(given))) continue;
    seen.add(normaliseName(given));
    otherNames.push(given);
  }
  return { name, otherNames };
}

export const isOpen = (found: ScreeningCase) => found.status !== 'decided';
