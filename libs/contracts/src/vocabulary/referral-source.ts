/**
 * Where a contact came from. `SourceType` is how the front door talks about it day to day;
 * `CinReferralSource` is the DfE Children in Need census code that leaders report on.
 */
export enum SourceType {
  Police = 'police',
  School = 'school',
  Health = 'health',
  Public = 'public',
  LocalAuthority = 'local-authority',
  Other = 'other',
}

/**
 * How a contact reached the front door when a screener or manager logged it for the person who
 * made it: a call, an email, or someone at the desk. Contacts that referrers send themselves
 * (the portal, a police notice) have none.
 */
export enum ContactChannel {
  Phone = 'phone',
  Email = 'email',
  InPerson = 'in-person',
}

export const CIN_REFERRAL_SOURCES = {
  '1A': 'Individual: family member, relative or carer',
  '1B': 'Individual: acquaintance',
  '1C': 'Individual: self',
  '1D': 'Individual: other',
  '2A': 'Schools',
  '2B': 'Education services',
  '3A': 'Health: GP',
  '3B': 'Health: health visitor',
  '3C': 'Health: school nurse',
  '3D': 'Health: other primary health services',
  '3E': 'Health: A&E',
  '3F': 'Health: other',
  '4': 'Housing',
  '5A': 'LA services: social care',
  '5B': 'LA services: other internal',
  '5C': 'LA services: external (another LA)',
  '5D': 'LA services: early help',
  '6': 'Police',
  '7': 'Other legal agency',
  '8': 'Other',
  '9': 'Anonymous',
  '10': 'Unknown',
} as const;

export type CinReferralSource = keyof typeof CIN_REFERRAL_SOURCES;
export const CIN_REFERRAL_SOURCE_CODES = Object.keys(CIN_REFERRAL_SOURCES) as CinReferralSource[];
