import { EntityManager, In } from 'typeorm';
import type { StaffView } from '../allocation/allocation.view';
import { StaffMember } from './staff-member.entity';

/** Names for these subjects from the staff register; someone not (or no longer) in it shows as their subject. */
export async function staffViews(manager: EntityManager, subjects: readonly string[]): Promise<Map<string, StaffView>> {
  const unique = [...new Set(subjects)];
  const known = unique.length ? await manager.findBy(StaffMember, { subject: In(unique) }) : [];
  const names = new Map(known.map((member) => [member.subject, member.name]));
  return new Map(unique.map((subject) => [subject, { subject, name: names.get(subject) ?? subject }]));
}
