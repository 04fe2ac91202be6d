/**
 * The names people see for the demo users' organisation ids. Tokens and events carry the id
 * ('trafford-cs'); pages show the name. Neutral like the portal's fictional council, apart from
 * the police force, whose id the domain rules know.
 */
export const DEMO_ORGANISATION_NAMES: Readonly<Record<string, string>> = {
  'school-141001': 'Oakfield Lane Primary School',
  'school-141002': 'Riverside Brook Academy',
  'trafford-cs': "Children's services front door",
  gmp: 'Greater Manchester Police',
  'trafford-da-service': 'Domestic abuse service',
  'trafford-da-partnership': 'Domestic abuse partnership (MARAC)',
  'demo-community-health-trust': 'Demo Community Health NHS Trust',
  'trafford-education': 'Local authority education safeguarding',
};

/** The organisation's name, or its id when we have no name for it (a real organisation's own claim names it). */
export function demoOrganisationName(organisation: string): string {
  return DEMO_ORGANISATION_NAMES[organisation] ?? organisation;
}
