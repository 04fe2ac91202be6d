import { IncidentChildV1, IncidentType, PoliceIncidentRecordedV1 } from '@frontdoor/contracts';
import { normaliseName } from '@frontdoor/identifiers';
import { SubjectIdentity } from '../matching/pupil-match';
import { academicYearStart, yearGroupIn } from '../terms/school-terms';

/**
 * Incidents that make Operation Encompass notifications. Encompass is about domestic abuse
 * (domain.md); some areas extend it to other incidents, which is a change of this list.
 */
export const ENCOMPASS_INCIDENT_TYPES: readonly IncidentType[] = ['domestic-abuse'];

export function isEncompassIncident(incident: Pick<PoliceIncidentRecordedV1, 'type'>): boolean {
  return ENCOMPASS_INCIDENT_TYPES.includes(incident.type);
}

/** Who police say the child is, in the terms the pupil matching takes (schools hold no NHS number). */
export function childIdentity(child: IncidentChildV1): SubjectIdentity {
  return {
    firstName: child.firstName,
    lastName: child.lastName,
    dateOfBirth: child.dateOfBirth,
    upn: child.upn,
    postcode: child.postcode,
  };
}

/**
 * Why a child police named is not on a school roll, when their age alone says so (under Reception
 * or past Year 13 in the academic year of the incident); undefined otherwise. No identifiers.
 */
export function notOfSchoolAge(child: Pick<IncidentChildV1, 'dateOfBirth'>, occurredAt: Date): string | undefined {
  if (!child.dateOfBirth || !/^\d{4}-\d{2}-\d{2}/.test(child.dateOfBirth)) return undefined;
  const yearGroup = yearGroupIn(academicYearStart(londonDate(occurredAt)), child.dateOfBirth);
  if (yearGroup < 0) return 'Not yet of school age (below Reception) when police attended; no school to tell.';
  if (yearGroup > 13) return 'Past school age (beyond Year 13) when police attended; no school to tell.';
  return undefined;
}

/** 'yyyy-MM-dd' in London (the school's calendar). */
function londonDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

export const NAME_WITHHELD = '[name withheld]';
export const POSTCODE_WITHHELD = '[postcode withheld]';
export const ADDRESS_WITHHELD = '[address withheld]';

// A house number and a street: "12 Example Road", "7a St Mary's Close", "Flat 3, 41 Makebelieve Road".
const STREET_SUFFIXES =
  'Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Place|Court|Crescent|Gardens|Grove|Terrace|Walk|Square|Mews|Row|Hill|Park|View|Rise|Green|Parade|Fold|Brow|Vale|Meadow|Meadows|Croft';
const STREET_ADDRESS_IN_TEXT = new RegExp(
  `(?:Flat\\s+\\w+,?\\s+)?(?<![\\p{L}\\p{N}])\\d+[A-Za-z]?,?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:${STREET_SUFFIXES})(?![\\p{L}\\p{N}])`,
  'gu',
);

// Shaped like a UK postcode anywhere in free text (outward code, optional space, inward code).
const POSTCODE_IN_TEXT = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?![\p{L}\p{N}])/giu;

/** What the school must never be told, though the police summary might carry it. */
export interface SummaryRestrictions {
  /** The adults in the incident (victim, perpetrator): their names are withheld. */
  adults: readonly { firstName: string; lastName: string }[];
  /** Surnames the school is told anyway (the child's): not withheld on their own. */
  childLastNames: readonly string[];
  /** Addresses the service holds for the pupil (home, and the safe address): withheld. */
  addressLines: readonly (string | null | undefined)[];
}

/**
 * The relevant safeguarding information for the school: the police summary, with the adults' names,
 * anything shaped like a postcode or a street address and the pupil's known address lines withheld. The notification
 * has no field for an address or an adult by design; this guards the one free-text field, so the
 * school is told what happened and never where the family (or a refuge) is, or who the adults are.
 * An adult's surname the child shares stays: the school is told the child's name anyway.
 */
export function safeguardingInformation(summary: string, restrictions: SummaryRestrictions): string {
  let text = summary;
  for (const line of restrictions.addressLines) {
    if (line && line.trim().length >= 3) text = replaceWhole(text, line.trim(), ADDRESS_WITHHELD);
  }
  text = text.replace(STREET_ADDRESS_IN_TEXT, ADDRESS_WITHHELD);
  text = text.replace(POSTCODE_IN_TEXT, POSTCODE_WITHHELD);

  const sharedSurnames = new Set(restrictions.childLastNames.map(normaliseName));
  const fullNames: string[] = [];
  const words = new Set<string>();
  for (const adult of restrictions.adults) {
    const first = adult.firstName.trim();
    const last = adult.lastName.trim();
    if (first && last) fullNames.push(`${first} ${last}`);
    for (const word of first.split(/\s+/)) words.add(word);
    if (!sharedSurnames.has(normaliseName(last))) for (const word of last.split(/\s+/)) words.add(word);
  }
  // Longest first, so "Casey Example" goes before "Casey" does.
  for (const name of fullNames.sort((a, b) => b.length - a.length)) text = replaceWhole(text, name, NAME_WITHHELD);
  // A name on its own only where it is written as one (capitalised): "May" goes, "may" stays.
  for (const word of [...words].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length)) {
    text = replaceWhole(text, word, NAME_WITHHELD, (found) => /^\p{Lu}/u.test(found));
  }
  return text;
}

/** Every whole-word occurrence, ignoring case and with any run of spaces between words. */
function replaceWhole(
  text: string,
  value: string,
  replacement: string,
  accept: (found: string) => boolean = () => true,
): string {
  const pattern = value
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu'), (found) =>
    accept(found) ? replacement : found,
  );
}
