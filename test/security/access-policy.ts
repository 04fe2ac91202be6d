import { Role } from '@frontdoor/auth';

/** Any signed-in user may call the route; what they see is scoped by their organisation in the handler. */
export const ANY_SIGNED_IN = 'any-signed-in' as const;

/**
 * Routes any caller may reach without a token, on the service's own port: probes and metric
 * counts, which carry no personal data (the leak scan checks `/metrics` too). API docs are public
 * as well.
 */
export const PUBLIC_PATHS: readonly string[] = ['/health', '/health/live', '/health/ready', '/metrics'];

/** The partners at MARAC: police, the DA advisor (IDVA), health, education, children's social care. */
const MARAC_PARTNERS = [
  Role.Screener,
  Role.Manager,
  Role.PoliceOfficer,
  Role.DaAdvisor,
  Role.HealthPractitioner,
  Role.MaracCoordinator,
  Role.EducationOfficer,
];

/**
 * Who may call each route, reviewed by hand: the access-control test refuses every other role
 * and fails on a documented route that is missing here. Change this file only as a decision
 * about who may see children's records, never to make a test pass.
 */
export const ACCESS_POLICY: Record<string, readonly Role[] | typeof ANY_SIGNED_IN> = {
  // --- intake ---
  'intake POST /contacts': [
    Role.Screener,
    Role.Manager,
    Role.PoliceOfficer,
    Role.DaAdvisor,
    Role.SchoolDsl,
    Role.HealthPractitioner,
  ],
  'intake GET /contacts': [
    Role.Screener,
    Role.Manager,
    Role.PoliceOfficer,
    Role.DaAdvisor,
    Role.SchoolDsl,
    Role.HealthPractitioner,
    Role.Auditor,
  ],
  'intake GET /contacts/{id}': ANY_SIGNED_IN, // the handler lets a referrer read only their organisation's
  // Whether and when the referrer was emailed the decision: the front door's case page.
  'intake GET /contacts/{id}/referrer-emails': [Role.Screener, Role.Manager, Role.Auditor],

  // --- screening ---
  'screening GET /referrer-feedback': [Role.PoliceOfficer, Role.DaAdvisor, Role.SchoolDsl, Role.HealthPractitioner],
  'screening POST /cases/{id}/information-requests': [Role.Screener, Role.Manager],
  'screening POST /cases/{id}/joint-decision/views': [Role.Screener, Role.Manager, Role.PoliceOfficer, Role.DaAdvisor],
  'screening GET /joint-decisions': [Role.Screener, Role.Manager, Role.PoliceOfficer, Role.DaAdvisor],
  'screening GET /worklist': [Role.Screener, Role.Manager, Role.Auditor],
  'screening GET /cases/{id}': [
    Role.Screener,
    Role.Manager,
    Role.PoliceOfficer,
    Role.DaAdvisor,
    Role.Auditor,
    Role.EmergencyDutySocialWorker,
  ],
  'screening GET /emergency-duty/queue': [Role.EmergencyDutySocialWorker, Role.Manager, Role.Auditor],
  'screening POST /cases/{id}/emergency-duty/records': [Role.EmergencyDutySocialWorker],
  'screening POST /cases/{id}/emergency-duty/hand-over': [Role.EmergencyDutySocialWorker],
  // Finding a child and their whole front-door history: the front door and auditors, as the worklist.
  'screening GET /children': [Role.Screener, Role.Manager, Role.Auditor],
  'screening GET /children/{personId}': [Role.Screener, Role.Manager, Role.Auditor],
  // Managers allocate and move cases; the workload (counts per screener, no child named) is read like the worklist.
  'screening PUT /cases/{id}/allocation': [Role.Manager],
  'screening GET /workload': [Role.Screener, Role.Manager, Role.Auditor],
  'screening POST /cases/{id}/decision': [Role.Screener, Role.Manager],
  'screening POST /cases/{id}/decision/approve': [Role.Manager],
  'screening POST /cases/{id}/decision/return': [Role.Manager],
  'screening GET /reports/threshold-consistency': [Role.Manager, Role.Auditor],
  'screening GET /reports/dashboard': [Role.Screener, Role.Manager, Role.Auditor],
  'screening GET /threshold-document': [Role.Screener, Role.Manager, Role.Auditor],

  // --- police ---
  'police POST /incidents': [Role.PoliceOfficer],
  'police GET /incidents': [Role.PoliceOfficer], // the handler lists only the caller's own notices
  'police GET /information-requests': [Role.PoliceOfficer],
  'police GET /information-requests/{id}': [Role.PoliceOfficer],
  'police POST /information-requests/{id}/answer': [Role.PoliceOfficer],
  'police GET /strategy-invitations': [Role.PoliceOfficer],
  'police GET /strategy-invitations/{id}': [Role.PoliceOfficer],
  'police POST /strategy-invitations/{id}/confirm': [Role.PoliceOfficer],
  'police POST /strategy-invitations/{id}/decline': [Role.PoliceOfficer],

  // --- health ---
  'health GET /information-requests': [Role.HealthPractitioner],
  'health GET /information-requests/{id}': [Role.HealthPractitioner],
  'health POST /information-requests/{id}/answer': [Role.HealthPractitioner],
  'health GET /strategy-invitations': [Role.HealthPractitioner],
  'health GET /strategy-invitations/{id}': [Role.HealthPractitioner],
  'health POST /strategy-invitations/{id}/confirm': [Role.HealthPractitioner],
  'health POST /strategy-invitations/{id}/decline': [Role.HealthPractitioner],

  // --- education ---
  'education GET /schools/{urn}': [Role.EducationOfficer],
  'education GET /encompass-notifications': [Role.SchoolDsl, Role.EducationOfficer],
  'education GET /encompass-notifications/{id}': [Role.SchoolDsl, Role.EducationOfficer],
  'education POST /encompass-notifications/{id}/acknowledge': [Role.SchoolDsl],
  'education GET /encompass-unmatched': [Role.EducationOfficer],
  'education GET /information-requests': [Role.EducationOfficer],
  'education GET /information-requests/{id}': [Role.EducationOfficer],
  'education POST /information-requests/{id}/answer': [Role.EducationOfficer],
  'education GET /strategy-invitations': [Role.EducationOfficer],
  'education GET /strategy-invitations/{id}': [Role.EducationOfficer],
  'education POST /strategy-invitations/{id}/confirm': [Role.EducationOfficer],
  'education POST /strategy-invitations/{id}/decline': [Role.EducationOfficer],

  // --- marac ---
  'marac POST /referrals': MARAC_PARTNERS,
  'marac GET /referrals': MARAC_PARTNERS,
  'marac GET /referrals/{id}': MARAC_PARTNERS,
  'marac POST /referrals/{id}/idva': [Role.DaAdvisor, Role.MaracCoordinator],
  'marac POST /meetings/schedule': [Role.MaracCoordinator],
  'marac POST /meetings': [Role.MaracCoordinator],
  'marac GET /meetings': MARAC_PARTNERS,
  'marac POST /meetings/{id}/cases/{referralId}': [Role.MaracCoordinator],
  'marac GET /meetings/{id}/agenda': MARAC_PARTNERS,
  'marac POST /meetings/{id}/cases/{referralId}/actions': MARAC_PARTNERS,
  'marac GET /actions/overdue': MARAC_PARTNERS,
  'marac PATCH /actions/{id}': MARAC_PARTNERS,
  'marac GET /reports/summary': [Role.Manager, Role.MaracCoordinator, Role.Auditor],

  // --- strategy ---
  'strategy POST /strategy-discussions': [Role.Screener, Role.Manager],
  'strategy GET /strategy-discussions': [Role.Screener, Role.Manager, Role.PoliceOfficer, Role.Auditor],
  'strategy GET /strategy-discussions/{id}': [Role.Screener, Role.Manager, Role.PoliceOfficer, Role.Auditor],
  'strategy POST /strategy-discussions/{id}/outcome': [Role.Manager],
  'strategy POST /strategy-discussions/{id}/record-circulated': [Role.Screener, Role.Manager],
};

/** Anyone, signed in or not: signing in and out, and the health check. */
export const PUBLIC_PAGE = 'public' as const;

const SCHOOLS = [Role.SchoolDsl];
const FRONT_DOOR = [Role.Screener, Role.Manager];
// Officers record their own Public Protection Notices and follow them.
const POLICE = [Role.PoliceOfficer];
// Each agency's practitioners review the front door's requests that their own records held back.
const AGENCY_PRACTITIONERS = [Role.PoliceOfficer, Role.HealthPractitioner, Role.EducationOfficer];
// Who decides police and domestic-abuse contacts together (the case page and its joint-view form).
const JOINT_DECIDERS = [Role.Screener, Role.Manager, Role.PoliceOfficer, Role.DaAdvisor];
// MARAC's pages in the portal: the coordinator, the IDVA and police (marac lets more partners read agendas).
const MARAC_PAGES = [Role.MaracCoordinator, Role.DaAdvisor, Role.PoliceOfficer];
// Strategy's readers: the front door, police and auditors.
const STRATEGY_READERS = [Role.Screener, Role.Manager, Role.PoliceOfficer, Role.Auditor];

/**
 * Which roles the portal lets onto each of its pages, reviewed by hand like the services' policy.
 * The portal's gate comes first; the services then apply their own rules to what a page shows.
 * portal-page-access.e2e-spec.ts signs in as each demo role and fails on any other role let through.
 */
export const PORTAL_PAGE_POLICY: Record<string, readonly Role[] | typeof ANY_SIGNED_IN | typeof PUBLIC_PAGE> = {
  'GET /health': PUBLIC_PAGE,
  'GET /health/live': PUBLIC_PAGE,
  'GET /health/ready': PUBLIC_PAGE,
  'GET /sign-in': PUBLIC_PAGE,
  'POST /sign-in': PUBLIC_PAGE,
  'GET /sign-in/callback': PUBLIC_PAGE,
  'GET /sign-in/development': PUBLIC_PAGE,
  'POST /sign-in/development': PUBLIC_PAGE,
  'POST /sign-out': PUBLIC_PAGE,
  'GET /signed-out': PUBLIC_PAGE,
  'GET /accessibility': PUBLIC_PAGE,
  'GET /cookies': PUBLIC_PAGE,
  'GET /privacy': PUBLIC_PAGE,

  'GET /': ANY_SIGNED_IN, // the home page lists what the user's roles allow
  'POST /session/extend': ANY_SIGNED_IN,

  // --- schools ---
  'GET /referrals/new': SCHOOLS,
  'POST /referrals/new': SCHOOLS,
  'GET /referrals/immediate-danger': SCHOOLS,
  'POST /referrals/immediate-danger': SCHOOLS,
  'GET /referrals/urgent': SCHOOLS,
  'GET /referrals/child/:n': SCHOOLS,
  'POST /referrals/child/:n': SCHOOLS,
  'GET /referrals/child/:n/voice': SCHOOLS,
  'POST /referrals/child/:n/voice': SCHOOLS,
  'GET /referrals/children': SCHOOLS,
  'POST /referrals/children': SCHOOLS,
  'GET /referrals/adults': SCHOOLS,
  'POST /referrals/adults': SCHOOLS,
  'GET /referrals/adult/:n': SCHOOLS,
  'POST /referrals/adult/:n': SCHOOLS,
  'GET /referrals/:person/:n/remove': SCHOOLS,
  'POST /referrals/:person/:n/remove': SCHOOLS,
  'GET /referrals/concern-categories': SCHOOLS,
  'POST /referrals/concern-categories': SCHOOLS,
  'GET /referrals/concern': SCHOOLS,
  'POST /referrals/concern': SCHOOLS,
  'GET /referrals/action-taken': SCHOOLS,
  'POST /referrals/action-taken': SCHOOLS,
  'GET /referrals/family-awareness': SCHOOLS,
  'POST /referrals/family-awareness': SCHOOLS,
  'GET /referrals/check-answers': SCHOOLS,
  'POST /referrals/submit': SCHOOLS,
  'GET /referrals/confirmation': SCHOOLS,
  'GET /my-referrals': SCHOOLS,
  'GET /my-referrals/:contactId': SCHOOLS,
  'GET /encompass': SCHOOLS,
  'GET /encompass/:id': SCHOOLS,
  'POST /encompass/:id/acknowledge': SCHOOLS,

  // --- police ---
  'GET /ppns': POLICE,
  'POST /ppns/new': POLICE,
  'GET /ppns/new/incident': POLICE,
  'POST /ppns/new/incident': POLICE,
  'GET /ppns/new/people': POLICE,
  'POST /ppns/new/people': POLICE,
  'GET /ppns/new/dash/:page': POLICE,
  'POST /ppns/new/dash/:page': POLICE,
  'GET /ppns/new/check-answers': POLICE,
  'POST /ppns/new/submit': POLICE,
  'GET /ppns/:incidentId': POLICE,

  // --- agency practitioners (police, health, education), each on their own agency's service ---
  'GET /information-requests': AGENCY_PRACTITIONERS,
  'GET /information-requests/:id': AGENCY_PRACTITIONERS,
  'POST /information-requests/:id/answer': AGENCY_PRACTITIONERS,

  // --- the front door ---
  // Contacts taken by phone, email or in person, logged by the front door for their referrer.
  'GET /log-contact/new': FRONT_DOOR,
  'POST /log-contact/new': FRONT_DOOR,
  'GET /log-contact/how-received': FRONT_DOOR,
  'POST /log-contact/how-received': FRONT_DOOR,
  'GET /log-contact/who': FRONT_DOOR,
  'POST /log-contact/who': FRONT_DOOR,
  'GET /log-contact/referrer': FRONT_DOOR,
  'POST /log-contact/referrer': FRONT_DOOR,
  'GET /log-contact/immediate-danger': FRONT_DOOR,
  'POST /log-contact/immediate-danger': FRONT_DOOR,
  'GET /log-contact/urgent': FRONT_DOOR,
  'GET /log-contact/child/:n': FRONT_DOOR,
  'POST /log-contact/child/:n': FRONT_DOOR,
  'GET /log-contact/child/:n/voice': FRONT_DOOR,
  'POST /log-contact/child/:n/voice': FRONT_DOOR,
  'GET /log-contact/children': FRONT_DOOR,
  'POST /log-contact/children': FRONT_DOOR,
  'GET /log-contact/adults': FRONT_DOOR,
  'POST /log-contact/adults': FRONT_DOOR,
  'GET /log-contact/adult/:n': FRONT_DOOR,
  'POST /log-contact/adult/:n': FRONT_DOOR,
  'GET /log-contact/:person/:n/remove': FRONT_DOOR,
  'POST /log-contact/:person/:n/remove': FRONT_DOOR,
  'GET /log-contact/concern-categories': FRONT_DOOR,
  'POST /log-contact/concern-categories': FRONT_DOOR,
  'GET /log-contact/concern': FRONT_DOOR,
  'POST /log-contact/concern': FRONT_DOOR,
  'GET /log-contact/action-taken': FRONT_DOOR,
  'POST /log-contact/action-taken': FRONT_DOOR,
  'GET /log-contact/family-awareness': FRONT_DOOR,
  'POST /log-contact/family-awareness': FRONT_DOOR,
  'GET /log-contact/check-answers': FRONT_DOOR,
  'POST /log-contact/submit': FRONT_DOOR,
  'GET /log-contact/confirmation': FRONT_DOOR,
  'GET /worklist': FRONT_DOOR,
  // --- the emergency duty team, out of hours (managers oversee the queue) ---
  'GET /emergency-duty': [Role.EmergencyDutySocialWorker, Role.Manager],
  'GET /emergency-duty/cases/:id': [Role.EmergencyDutySocialWorker],
  'POST /emergency-duty/cases/:id/records': [Role.EmergencyDutySocialWorker],
  'POST /emergency-duty/cases/:id/hand-over': [Role.EmergencyDutySocialWorker],
  'GET /cases/:id': JOINT_DECIDERS,
  'GET /cases/:id/ask-agencies': FRONT_DOOR,
  'POST /cases/:id/ask-agencies': FRONT_DOOR,
  'GET /cases/:id/refer-to-marac': FRONT_DOOR,
  'POST /cases/:id/refer-to-marac': FRONT_DOOR,
  'GET /cases/:id/strategy-discussion': FRONT_DOOR,
  'POST /cases/:id/strategy-discussion': FRONT_DOOR,
  'POST /cases/:id/decision': FRONT_DOOR,
  'POST /cases/:id/approve': [Role.Manager],
  'POST /cases/:id/return': [Role.Manager],
  'POST /cases/:id/joint-view': JOINT_DECIDERS,
  'GET /joint-decisions': JOINT_DECIDERS,
  // Screeners see the cases given to them; managers allocate and move cases and weigh workloads.
  'GET /my-cases': [Role.Screener],
  'GET /workload': [Role.Manager],
  'GET /cases/:id/allocate': [Role.Manager],
  'POST /cases/:id/allocate': [Role.Manager],
  'GET /children': FRONT_DOOR,
  'GET /children/:personId': FRONT_DOOR,

  // --- partners ---
  'GET /marac': MARAC_PAGES,
  'GET /marac/meetings/:id': MARAC_PAGES,
  'GET /marac/actions/overdue': MARAC_PAGES,
  'GET /marac/meetings/:id/cases/:referralId/actions/new': MARAC_PAGES,
  'POST /marac/meetings/:id/cases/:referralId/actions/new': MARAC_PAGES,
  'POST /marac/meetings/:id/cases/:referralId/idva': [Role.DaAdvisor],
  'POST /marac/meetings/:id/actions/:actionId/status': MARAC_PAGES,
  'GET /strategy': STRATEGY_READERS,
  'GET /strategy/:id': STRATEGY_READERS,
  'POST /strategy/:id/outcome': [Role.Manager],
  'POST /strategy/:id/record-circulated': FRONT_DOOR,
  'GET /strategy-invitations': AGENCY_PRACTITIONERS,
  'GET /strategy-invitations/:id': AGENCY_PRACTITIONERS,
  'POST /strategy-invitations/:id/answer': AGENCY_PRACTITIONERS,

  // --- leaders ---
  'GET /dashboard': [Role.Manager, Role.Auditor],
};
