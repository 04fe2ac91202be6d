/** The agencies asked for what they know. Each owns its service and data. */
export enum InformationAgency {
  Police = 'police',
  Health = 'health',
  Education = 'education',
  /** The front door itself (screening), asked by MARAC what children's social care knows. */
  ChildrenSocialCare = 'children-social-care',
}

/**
 * The partner agencies beside children's social care: the front door asks them about a case and
 * invites them to strategy discussions (it neither asks nor invites itself).
 */
export const PartnerAgency = {
  Police: InformationAgency.Police,
  Health: InformationAgency.Health,
  Education: InformationAgency.Education,
} as const;
export type PartnerAgency = (typeof PartnerAgency)[keyof typeof PartnerAgency];
export const PARTNER_AGENCIES: readonly PartnerAgency[] = Object.values(PartnerAgency);

/**
 * What may be asked of each agency. A request names the datasets it needs; an answer carries
 * those and nothing else (data minimisation).
 */
export const AGENCY_DATASETS = {
  [InformationAgency.Police]: ['incidents', 'domestic-abuse-history', 'warning-markers', 'open-investigations'],
  [InformationAgency.Health]: [
    'gp-registration',
    'health-involvement',
    'child-protection-flags',
    'missed-appointments',
  ],
  [InformationAgency.Education]: [
    'school',
    'attendance',
    'exclusions',
    'safeguarding-concerns',
    'special-educational-needs',
  ],
  [InformationAgency.ChildrenSocialCare]: ['front-door-contacts', 'front-door-decisions'],
} as const satisfies Record<InformationAgency, readonly string[]>;

export type AgencyDataset = (typeof AGENCY_DATASETS)[InformationAgency][number];
export const ALL_AGENCY_DATASETS: readonly AgencyDataset[] = Object.values(AGENCY_DATASETS).flat();

/** UK GDPR Article 6 bases the front door relies on (consent is recorded apart, not used here). */
export enum Article6Basis {
  PublicTask = 'UK GDPR Art 6(1)(e) public task',
  LegalObligation = 'UK GDPR Art 6(1)(c) legal obligation',
  VitalInterests = 'UK GDPR Art 6(1)(d) vital interests',
}

/** The Article 9 / DPA 2018 condition for special-category data (health, for instance). */
export enum SpecialCategoryCondition {
  SafeguardingChildren = 'UK GDPR Art 9(2)(g); DPA 2018 Sch 1 para 18 safeguarding of children and individuals at risk',
  VitalInterests = 'UK GDPR Art 9(2)(c) vital interests',
}
