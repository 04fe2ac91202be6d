/**
 * The partner a person works for. Access follows relationship (design §4), so the agency
 * decides which information requests a person may see; the values are token claim values.
 */
export enum Agency {
  ChildrenSocialCare = 'children-social-care',
  Police = 'police',
  Health = 'health',
  Education = 'education',
  DaService = 'da-service',
}

const KNOWN_AGENCIES: ReadonlySet<string> = new Set(Object.values(Agency));

export function isAgency(value: unknown): value is Agency {
  return typeof value === 'string' && KNOWN_AGENCIES.has(value);
}
