// Loads a small synthetic demo set through the public HTTP APIs, as the people in DEMO_USERS:
// thirteen contacts from two schools, police, health and the public (taken by a screener), one
// decision recorded by a screener and signed off by a manager, the agencies asked about the last
// child, then the partnership part (demo-partnership.ts). Run by deploy/local/start.sh.
//
// Every person, school and address is invented; NHS numbers are in the never-issued 999 range.
// The data is deterministic (seeded NHS numbers; a date a rule compares with today, such as an
// expected date of birth, is counted from today) and every contact is sent with its own Idempotency-Key, so running this again returns the contacts already loaded instead of
// adding copies, and the decision is only made while its case is still open.
//
// Env: INTAKE_URL (http://127.0.0.1:3001), SCREENING_URL (http://127.0.0.1:3002) and the same
// AUTH_* settings as the services, so they accept its development tokens.
import {
  ChildV1,
  ConcernCategory,
  ContactDetailsV1,
  FamilyAwareness,
  LevelOfNeed,
  ScreeningOutcome,
  SourceType,
} from '@frontdoor/contracts';
import { dateOfBirthAged, londonDateFromToday } from '@frontdoor/calendar';
import { formatNhsNumber, generateNhsNumber, seededRandom } from '@frontdoor/identifiers';
import type { ApproveDecisionDto, RecordDecisionDto } from '../../apps/screening/src/decisions/dto/record-decision.dto';
import { demoPartnership } from './demo-partnership';
import { apiUrl, request, tokenFor, unexpected } from './demo-http';
import { childKnownToAllAgencies } from './demo-known-child';

const WORKLIST_TIMEOUT_MS = 60_000;

// --- the demo set -----------------------------------------------------------------------------

interface DemoContact {
  /** Also the Idempotency-Key. */
  key: string;
  /** A DEMO_USERS subject: who submits it. */
  submitter: string;
  body: ContactDetailsV1;
}

/** A valid NHS number from the 999 range, the same for the same seed on every run. */
const nhs = (seed: number): string => formatNhsNumber(generateNhsNumber(seededRandom(seed)));

const OAKFIELD = {
  name: 'Olive Oakfield',
  role: 'Designated Safeguarding Lead',
  organisation: 'Oakfield Lane Primary School',
  phone: '0161 496 0101',
  email: 'dsl@oakfield-lane.example.org',
};
const RIVERSIDE = {
  name: 'Rory Riverside',
  role: 'Designated Safeguarding Lead',
  organisation: 'Riverside Brook Academy',
  phone: '0161 496 0202',
  email: 'dsl@riverside-brook.example.org',
};
const POLICE = {
  name: 'PC Pat Patrol',
  role: 'Police officer, multi-agency safeguarding team',
  organisation: 'Greater Manchester Police',
  phone: '0161 496 0303',
};
const HEALTH = {
  name: 'Hana Healthwell',
  role: 'Safeguarding practitioner',
  organisation: 'Demo Community Health Trust',
  phone: '0161 496 0404',
  email: 'safeguarding@demo-health.example.org',
};

const SAMPLETON_HOME = { line1: '7 Sample Street', town: 'Sale', postcode: 'M33 9ZZ' };

/** Ava Sampleton is referred twice (contacts 1 and 12): screening matches her by NHS number. */
const AVA: ChildV1 = {
  firstName: 'Ava',
  lastName: 'Sampleton',
  dateOfBirthStatus: 'known',
  dateOfBirth: '2018-05-14',
  nhsNumber: nhs(101),
  address: SAMPLETON_HOME,
  gender: 'female',
  wordsAndViews:
    'Ava said there is "never anything for breakfast" and that she looks after her little brother after school.',
};

const DEMO_CONTACTS: DemoContact[] = [
  {
    key: 'demo-1',
    submitter: 'demo-dsl-oakfield',
    body: {
      source: { type: SourceType.School, cinCode: '2A' },
      referrer: OAKFIELD,
      children: [AVA],
      adults: [
        { firstName: 'Kerry', lastName: 'Sampleton', relationshipToChildren: 'mother', livesWithChildren: true },
      ],
      concerns: {
        categories: [ConcernCategory.Neglect],
        narrative:
          'Ava has come to school hungry most days this half term, in the same unwashed uniform, and has missed two dental appointments. Mum has not come to two meetings about it.',
        immediateDanger: false,
        familyAwareness: FamilyAwareness.KnowsNotAgreed,
        actionTakenSoFar: 'Breakfast club place given; early help offered to Mum, who declined.',
      },
    },
  },
  {
    key: 'demo-2',
    submitter: 'demo-dsl-oakfield',
    body: {
      source: { type: SourceType.School, cinCode: '2A' },
      referrer: OAKFIELD,
      children: [
        {
          firstName: 'Leo',
          lastName: 'Demoford',
          dateOfBirthStatus: 'known',
          dateOfBirth: '2016-09-02',
          nhsNumber: nhs(102),
          address: { line1: '14 Fictional Avenue', town: 'Sale', postcode: 'M33 4ZZ' },
          gender: 'male',
          wordsAndViews: 'Leo said he stays at home to help Dad, who cannot get out of bed on bad days.',
        },
      ],
      adults: [
        { firstName: 'Martin', lastName: 'Demoford', relationshipToChildren: 'father', livesWithChildren: true },
      ],
      concerns: {
        categories: [ConcernCategory.SchoolAttendance, ConcernCategory.YoungCarer],
        narrative:
          'Leo’s attendance has fallen to 78% this term. He is often late and tired; Dad has long-term health problems.',
        immediateDanger: false,
        familyAwareness: FamilyAwareness.KnowsAndAgrees,
        actionTakenSoFar: 'Attendance officer met Dad; referral to the young carers service discussed.',
      },
    },
  },
  {
    key: 'demo-3',
    submitter: 'demo-dsl-riverside',
    body: {
      source: { type: SourceType.School, cinCode: '2A' },
      referrer: RIVERSIDE,
      children: [
        {
          firstName: 'Mia',
          lastName: 'Mockridge',
          dateOfBirthStatus: 'known',
          dateOfBirth: '2013-01-22',
          nhsNumber: nhs(103),
          address: { line1: '3 Placeholder Lane', town: 'Urmston', postcode: 'M41 0ZZ' },
          gender: 'female',
          wordsAndViews: 'Mia said she cuts "to make the noise stop" and asked us not to tell her mum.',
        },
      ],
      adults: [
        { firstName: 'Donna', lastName: 'Mockridge', relationshipToChildren: 'mother', livesWithChildren: true },
      ],
      concerns: {
        categories: [ConcernCategory.SelfHarm, ConcernCategory.ChildMentalHealth],
        narrative:
          'Mia’s PE teacher saw fresh cuts on both forearms. Mia has been withdrawn and tearful for several weeks.',
        immediateDanger: false,
        familyAwareness: FamilyAwareness.DoesNotKnow,
        actionTakenSoFar: 'School nurse saw Mia and dressed the cuts; a CAMHS referral has been started.',
      },
    },
  },
  {
    key: 'demo-4',
    submitter: 'demo-dsl-riverside',
    body: {
      source: { type: SourceType.School, cinCode: '2A' },
      referrer: RIVERSIDE,
      children: [
        {
          firstName: 'Noah',
          lastName: 'Fictionby',
          dateOfBirthStatus: 'known',
          dateOfBirth: '2011-06-30',
          nhsNumber: nhs(104),
          address: { line1: '41 Makebelieve Road', town: 'Stretford', postcode: 'M32 8ZZ' },
          gender: 'male',
          wordsAndViews: 'Noah says the older boys are "just mates" and that he can look after himself.',
        },
      ],
      adults: [
        { firstName: 'Angela', lastName: 'Fictionby', relationshipToChildren: 'mother', livesWithChildren: true },
      ],
      concerns: {
        categories: [ConcernCategory.ChildCriminalExploitation, ConcernCategory.Missing],
        narrative:
          'Noah has missed afternoon lessons most days for three weeks and has been seen getting into cars with older young people. He has a new phone and expensive trainers.',
        immediateDanger: false,
        familyAwareness: FamilyAwareness.KnowsAndAgrees,
        actionTakenSoFar: 'Mum informed and agrees to this referral; she says he has been out until after midnight.',
      },
    },
  },
  {
    key: 'demo-5',
    submitter: 'demo-police-officer',
    body: {
      source: { type: SourceType.Police, cinCode: '6' },
      referrer: POLICE,
      children: [
        {
          firstName: 'Ruby',
          lastName: 'Testwood',
          dateOfBirthStatus: 'known',
          dateOfBirth: '2020-02-11',
          nhsNumber: nhs(105),
          address: { line1: '9 Testwood Close', town: 'Altrincham', postcode: 'WA14 9ZZ' },
          gender: 'female',
          wordsAndViews: 'Ruby told officers "Daddy broke the telly" and that she hid under her bed.',
        },
        {
          firstName: 'Finn',
          lastName: 'Testwood',
          dateOfBirthStatus: 'known',
          dateOfBirth: '2023-07-19',
          nhsNumber: nhs(106),
          address: { line1: '9 Testwood Close', town: 'Altrincham', postcode: 'WA14 9ZZ' },
          gender: 'male',
          viewsNotObtainedReason: 'Finn is three and was asleep when officers attended.',
        },
      ],
      adults: [
        { firstName: 'Dean', lastName: 'Testwood', relationshipToChildren: 'father', livesWithChildren: true },
        { firstName: 'Lisa', lastName: 'Testwood', relationshipToChildren: 'mother', livesWithChildren: true },
      ],
      concerns: {
        categories: [ConcernCategory.DomesticAbuse],
        narrative:
          'Officers attended a report of shouting and breaking glass at 23:10. Mum had a cut to her hand; Dad was arrested for criminal damage and assault. DASH completed: medium risk. Both children were in the house.',
        immediateDanger: false,
        familyAwareness: FamilyAwareness.KnowsNotAgreed,
        actionTakenSoFar: 'Dad remains in custody; Mum given domestic abuse service details.',
      },
    },
  },
  {
    key: 'demo-6',
    submitter: 'demo-police-officer',
    body: {
      source: { type: SourceType.Police, cinCode: '6' },
      referrer: POLICE,
      children: [
        {
          firstName: 'Isla',
          lastName: 'Dummett',
          dateOfBirthStatus: 'known',
          dateOfBirth: '2022-03-08',
          nhsNumber: nhs(107),
          address: { line1: 'Flat 12, Sample Court', town: 'Partington', postcode: 'M31 4ZZ' },
          gender: 'female',
          viewsNotObtainedReason: 'Isla is four and was too distressed to talk to officers.',
        },
      ],
      adults: [{ firstName: 'Chloe', lastName: 'Dummett', relationshipToChildren: 'mother', livesWithChildren: true }],
      concerns: {
        categories: [ConcernCategory.PhysicalAbuse, ConcernCategory.ParentSubstanceMisuse],
        narrative:
          'Neighbours called 999 after hearing a child screaming. Officers found Isla alone with her mother, who is heavily intoxicated. Isla has a fresh bruise to her cheek. Officers are still at the address.',
        immediateDanger: true,
        familyAwareness: FamilyAwareness.KnowsNotAgreed,
        actionTakenSoFar: 'Officers remain with Isla; police protection is being considered.',
      },
    },
  },
  {
    key: 'demo-7',
    submitter: 'demo-police-officer',
    body: {
      source: { type: SourceType.Police, cinCode: '6' },
      referrer: POLICE,
      children: [
        {
          firstName: 'Grace',
          lastName: 'Pretendy',
          dateOfBirthStatus: 'known',
          dateOfBirth: '2012-10-05',
          nhsNumber: nhs(108),
          address: { line1: '2 Imaginary Gardens', town: 'Sale', postcode: 'M33 2ZZ' },
          gender: 'female',
          wordsAndViews: 'Grace says her "boyfriend" is 24 and buys her things; she does not think she is in danger.',
        },
      ],
      adults: [{ firstName: 'Helen', lastName: 'Pretendy', relationshipToChildren: 'mother', livesWithChildren: true }],
      concerns: {
        categories: [ConcernCategory.ChildSexualExploitation, ConcernCategory.Missing],
        narrative:
          'Grace was reported missing by her mother and found at 02:00 in a car with two adult men. This is her third missing episode in a month.',
        immediateDanger: false,
        familyAwareness: FamilyAwareness.KnowsAndAgrees,
        actionTakenSoFar: 'Return home interview requested; the men have been identified and are being investigated.',
      },
    },
  },
  {
    key: 'demo-8',
    submitter: 'demo-health-practitioner',
    body: {
      source: { type: SourceType.Health, cinCode: '3F' },
      referrer: { ...HEALTH, role: 'Community midwife' },
      children: [
        {
          firstName: 'Unborn',
          lastName: 'Placeholder',
          dateOfBirthStatus: 'unborn',
          expectedDateOfBirth: londonDateFromToday(140), // seen at her 20-week appointment
          address: { line1: '5 Example Terrace', town: 'Stretford', postcode: 'M32 0ZZ' },
          viewsNotObtainedReason: 'Unborn baby.',
        },
      ],
      adults: [
        {
          firstName: 'Jade',
          lastName: 'Placeholder',
          dateOfBirth: '2004-12-01',
          relationshipToChildren: 'mother (expectant)',
          livesWithChildren: true,
        },
        {
          firstName: 'Ryan',
          lastName: 'Fabricant',
          relationshipToChildren: "mother's partner",
          livesWithChildren: true,
        },
      ],
      concerns: {
        categories: [ConcernCategory.ParentSubstanceMisuse, ConcernCategory.DomesticAbuse],
        narrative:
          'At her 20-week appointment Jade said she uses cannabis daily and cocaine at weekends, and that her partner has pushed her during arguments. She has no baby equipment and has missed two scans.',
        immediateDanger: false,
        familyAwareness: FamilyAwareness.KnowsAndAgrees,
        actionTakenSoFar: 'Referred to the specialist substance misuse midwife; domestic abuse service details given.',
      },
    },
  },
  {
    key: 'demo-9',
    submitter: 'demo-health-practitioner',
    body: {
      source: { type: SourceType.Health, cinCode: '3E' },
      referrer: { ...HEALTH, role: 'Paediatric liaison nurse, emergency department' },
      children: [
        {
          firstName: 'Oscar',
          lastName: 'Mockbury',
          dateOfBirthStatus: 'known',
          dateOfBirth: dateOfBirthAged(0, 8),
          nhsNumber: nhs(109),
          address: { line1: '18 Specimen Way', town: 'Urmston', postcode: 'M41 6ZZ' },
          gender: 'male',
          viewsNotObtainedReason: 'Oscar is a baby.',
        },
      ],
      adults: [
        { firstName: 'Tom', lastName: 'Mockbury', relationshipToChildren: 'father', livesWithChildren: true },
        { firstName: 'Sophie', lastName: 'Mockbury', relationshipToChildren: 'mother', livesWithChildren: true },
      ],
      concerns: {
        categories: [ConcernCategory.PhysicalAbuse],
        narrative:
          'Oscar was brought in with a swollen arm; the X-ray shows a spiral fracture of the humerus. Parents say he rolled off the sofa, which does not explain this injury in a baby who is not yet crawling.',
        immediateDanger: false,
        familyAwareness: FamilyAwareness.KnowsNotAgreed,
        actionTakenSoFar: 'Oscar admitted to the children’s ward; skeletal survey requested.',
      },
    },
  },
  {
    key: 'demo-10',
    submitter: 'demo-screener-1',
    body: {
      source: { type: SourceType.Public, cinCode: '9' },
      referrer: { name: 'Anonymous caller', role: 'Neighbour', organisation: 'Member of the public' },
      children: [
        {
          firstName: 'Kai',
          lastName: 'Sampleford',
          dateOfBirthStatus: 'unknown',
          address: { line1: 'Flat 3, 22 Demo Close', town: 'Stretford', postcode: 'M32 9ZZ' },
          gender: 'male',
          viewsNotObtainedReason: 'The caller has not spoken to Kai; his age is not known (thought to be about five).',
        },
      ],
      adults: [],
      concerns: {
        categories: [ConcernCategory.Neglect],
        narrative:
          'A neighbour phoned to say a young boy, Kai, is often left alone in the flat in the evening and has been seen at the window crying. The caller would not give their name.',
        immediateDanger: false,
        familyAwareness: FamilyAwareness.DoesNotKnow,
      },
    },
  },
  {
    key: 'demo-11',
    submitter: 'demo-screener-1',
    body: {
      source: { type: SourceType.Public, cinCode: '1A' },
      referrer: {
        name: 'Margaret Demoley',
        role: 'Grandmother',
        organisation: 'Member of the public',
        phone: '0161 496 0811',
      },
      children: [
        {
          firstName: 'Poppy',
          lastName: 'Demoley',
          dateOfBirthStatus: 'known',
          dateOfBirth: '2017-11-30',
          nhsNumber: nhs(110),
          address: { line1: '30 Sample Street', town: 'Sale', postcode: 'M33 9ZZ' },
          gender: 'female',
          wordsAndViews: 'Poppy told her gran she is "always cold" and does not like the black mould in her bedroom.',
        },
      ],
      adults: [{ firstName: 'Becky', lastName: 'Demoley', relationshipToChildren: 'mother', livesWithChildren: true }],
      concerns: {
        categories: [ConcernCategory.Housing],
        narrative:
          'Poppy’s grandmother is worried about damp and mould in the family’s rented flat; the landlord has not fixed the heating since October.',
        immediateDanger: false,
        familyAwareness: FamilyAwareness.KnowsAndAgrees,
      },
    },
  },
  {
    // Loaded after the decision on demo-1, so screening flags Ava's second contact as a re-referral.
    key: 'demo-12',
    submitter: 'demo-police-officer',
    body: {
      source: { type: SourceType.Police, cinCode: '6' },
      referrer: POLICE,
      children: [{ ...AVA, wordsAndViews: 'Ava told officers she "puts her headphones on when they fight".' }],
      adults: [
        { firstName: 'Kerry', lastName: 'Sampleton', relationshipToChildren: 'mother', livesWithChildren: true },
        {
          firstName: 'Craig',
          lastName: 'Fabricant',
          relationshipToChildren: "mother's partner",
          livesWithChildren: true,
        },
      ],
      concerns: {
        categories: [ConcernCategory.DomesticAbuse],
        narrative:
          'Officers attended after a neighbour reported shouting. Mum’s partner had thrown a glass at her; Ava and her brother were in the next room. DASH completed: standard risk.',
        immediateDanger: false,
        familyAwareness: FamilyAwareness.KnowsNotAgreed,
        actionTakenSoFar: 'Partner left the address at officers’ request.',
      },
    },
  },
];

/** A child police, health and education all hold: the case the demo asks every agency about. */
const KNOWN = childKnownToAllAgencies().person;
const ASKED_CONTACT: DemoContact = {
  key: 'demo-13',
  submitter: 'demo-dsl-oakfield',
  body: {
    source: { type: SourceType.School, cinCode: '2A' },
    referrer: OAKFIELD,
    children: [
      {
        firstName: KNOWN.firstName,
        lastName: KNOWN.lastName,
        dateOfBirthStatus: 'known',
        dateOfBirth: KNOWN.dateOfBirth,
        nhsNumber: formatNhsNumber(KNOWN.nhsNumber),
        upn: KNOWN.upn,
        address: { postcode: KNOWN.postcode },
        wordsAndViews: `${KNOWN.firstName} said "nobody is there when I get home" and asked not to go home today.`,
      },
    ],
    adults: [],
    concerns: {
      categories: [ConcernCategory.Neglect, ConcernCategory.EmotionalAbuse],
      narrative: `${KNOWN.firstName} has been collected late most days this month and was found waiting alone at the gate at 6pm twice. Uniform unwashed; tired in lessons.`,
      immediateDanger: false,
      familyAwareness: FamilyAwareness.DoesNotKnow,
      actionTakenSoFar: 'Class teacher and DSL spoke with the child; tried to call the parent twice without reply.',
    },
  },
};
const INFORMATION_QUESTION =
  'What do you know about this child and household: incidents, health involvement and school attendance in the last two years?';
const ANSWER_TIMEOUT_MS = 30_000;

/** The case decided in the demo: Ava's first contact. */
const DECIDED_CONTACT_KEY = 'demo-1';
/** Submitted only after that decision. */
const LATE_CONTACT_KEYS = ['demo-12'];

const DECISION: RecordDecisionDto = {
  outcome: ScreeningOutcome.ChildAndFamilyAssessment,
  levelOfNeed: LevelOfNeed.Targeted,
  rationale:
    'Neglect over a whole half term, early help declined and health appointments missed. A child and family assessment is needed.',
  childsVoiceConsidered: true,
  childsVoiceSummary: 'Ava says there is often no food at home and that she cares for her brother; see her on her own.',
  referrerFeedback:
    'Thank you. A social worker will carry out a child and family assessment and will contact school this week.',
};
const APPROVAL: ApproveDecisionDto = { note: 'Agreed: the threshold for a child and family assessment is met.' };

// --- loading ----------------------------------------------------------------------------------

interface Loaded {
  contact: DemoContact;
  contactId: string;
  reference: string;
  replayed: boolean;
}

interface WorklistItem {
  caseId: string;
  reference: string;
  status: string;
  rag: string;
  reReferral: boolean;
  /** In the emergency duty team's queue: red and loaded out of office hours (demo-6, demo-7, demo-9). */
  emergencyDuty?: boolean;
}

async function submit(contact: DemoContact): Promise<Loaded | undefined> {
  const reply = await request<{ contactId: string; reference: string }>(
    'POST',
    `${apiUrl('intake')}/contacts`,
    await tokenFor(contact.submitter),
    contact.body,
    { 'idempotency-key': contact.key },
  );
  if (reply.status === 422) {
    log(contact.key, '-', 'skipped: its Idempotency-Key was already used for a different body (the demo data changed)');
    return undefined;
  }
  if (reply.status !== 201) throw unexpected(`POST /contacts (${contact.key})`, reply);
  return {
    contact,
    contactId: reply.body.contactId,
    reference: reply.body.reference,
    replayed: reply.headers.get('idempotent-replayed') === 'true',
  };
}

/** One at a time, so the references (FD-yyyy-nnnnnn) follow the demo order. */
async function submitInOrder(contacts: DemoContact[]): Promise<Loaded[]> {
  const loaded: Loaded[] = [];
  for (const contact of contacts) {
    const item = await submit(contact);
    if (item) loaded.push(item);
  }
  return loaded;
}

interface Worklist {
  byContact: Map<string, WorklistItem>;
}

/**
 * The demo's cases on the worklist, or in the emergency duty team's queue (a red contact loaded
 * out of office hours), once every newly submitted contact is there. A contact loaded by an
 * earlier run may have left the worklist (decided), so only new ones are waited for.
 */
async function worklistWith(loaded: Loaded[]): Promise<Worklist> {
  const token = await tokenFor('demo-screener-1');
  const emergencyDutyToken = await tokenFor('demo-emergency-duty');
  const deadline = Date.now() + WORKLIST_TIMEOUT_MS;
  const byContact = new Map<string, WorklistItem>();
  for (;;) {
    const queue = await request<WorklistItem[]>(
      'GET',
      `${apiUrl('screening')}/emergency-duty/queue`,
      emergencyDutyToken,
    );
    if (queue.status !== 200) throw unexpected('GET /emergency-duty/queue', queue);
    for (const item of loaded.filter((candidate) => !byContact.has(candidate.contactId))) {
      const reply = await request<WorklistItem[]>(
        'GET',
        `${apiUrl('screening')}/worklist?reference=${item.reference}`,
        token,
      );
      if (reply.status !== 200) throw unexpected('GET /worklist', reply);
      const queued = queue.body.find((candidate) => candidate.reference === item.reference);
      const found = reply.body[0] ?? (queued && { ...queued, status: 'open', reReferral: false, emergencyDuty: true });
      if (found) byContact.set(item.contactId, found);
    }
    const missing = loaded.filter((item) => !item.replayed && !byContact.has(item.contactId));
    if (missing.length === 0) return { byContact };
    if (Date.now() > deadline) {
      const keys = missing.map((item) => item.contact.key).join(', ');
      throw new Error(
        `not on the screening worklist after ${WORKLIST_TIMEOUT_MS / 1000}s: ${keys} (see .run/logs/screening.log)`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function report(loaded: Loaded[], worklist: Worklist): void {
  for (const item of loaded) {
    const onWorklist = worklist.byContact.get(item.contactId);
    const { body } = item.contact;
    const children = body.children.map((child) => `${child.firstName} ${child.lastName}`).join(', ');
    const where = onWorklist
      ? `${onWorklist.rag}${onWorklist.emergencyDuty ? ", out of hours: the emergency duty team's queue" : ''}${onWorklist.reReferral ? ', re-referral' : ''}${onWorklist.status === 'open' ? '' : `, ${onWorklist.status}`}`
      : 'decided';
    log(
      item.contact.key,
      item.reference,
      `${item.replayed ? 'already loaded' : 'loaded'}: ${body.source.type} (${body.referrer.organisation}), ${children} -> ${where}`,
    );
  }
}

async function decide(loaded: Loaded | undefined, worklist: Worklist): Promise<void> {
  if (!loaded) return;
  const item = worklist.byContact.get(loaded.contactId);
  if (!item) {
    log('decision', loaded.reference, 'skipped: the case is no longer open');
    return;
  }
  const decisionUrl = `${apiUrl('screening')}/cases/${item.caseId}/decision`;
  if (item.status === 'open') {
    const recorded = await request('POST', decisionUrl, await tokenFor('demo-screener-1'), DECISION);
    if (recorded.status === 409) {
      log('decision', loaded.reference, 'skipped: someone else is deciding this case');
      return;
    }
    if (recorded.status !== 201) throw unexpected(`POST /cases/${item.caseId}/decision`, recorded);
  }
  const approved = await request('POST', `${decisionUrl}/approve`, await tokenFor('demo-manager'), APPROVAL);
  if (approved.status === 409) {
    log('decision', loaded.reference, 'skipped: no decision is waiting for sign-off');
    return;
  }
  if (approved.status !== 200) throw unexpected(`POST /cases/${item.caseId}/decision/approve`, approved);
  log(
    'decision',
    loaded.reference,
    `${DECISION.outcome} (level ${DECISION.levelOfNeed}) recorded by demo-screener-1, signed off by demo-manager`,
  );
}

/** Who the demo's manager gives cases to, so "My cases" and the workload page have something to show. */
const DEMO_ALLOCATIONS: { key: string; screener: string }[] = [
  { key: 'demo-2', screener: 'demo-screener-1' },
  { key: 'demo-3', screener: 'demo-screener-1' },
  { key: 'demo-4', screener: 'demo-screener-2' },
];

async function allocateDemoCases(loaded: Loaded[], worklist: Worklist): Promise<void> {
  // A case goes only to a screener who has used screening: the demo stands in for both signing in.
  for (const screener of new Set(DEMO_ALLOCATIONS.map((allocation) => allocation.screener))) {
    const seen = await request('GET', `${apiUrl('screening')}/worklist?limit=1`, await tokenFor(screener));
    if (seen.status !== 200) throw unexpected('GET /worklist', seen);
  }
  for (const { key, screener } of DEMO_ALLOCATIONS) {
    const item = worklist.byContact.get(loaded.find((candidate) => candidate.contact.key === key)?.contactId ?? '');
    if (!item) continue;
    const url = `${apiUrl('screening')}/cases/${item.caseId}/allocation`;
    const allocated = await request('PUT', url, await tokenFor('demo-manager'), { screener });
    // 409: an earlier run gave it to them already, or the case has been decided since.
    if (allocated.status !== 200 && allocated.status !== 409) throw unexpected(`PUT ${url}`, allocated);
    log('allocated', item.reference, allocated.status === 200 ? `to ${screener}` : `already with ${screener}`);
  }
}

/** Asks police, health and education about the demo case and reports how each answers. */
async function askAgencies(loaded: Loaded | undefined): Promise<void> {
  if (!loaded) return;
  const screener = await tokenFor('demo-screener-1');
  const found = await request<WorklistItem[]>(
    'GET',
    `${apiUrl('screening')}/worklist?reference=${loaded.reference}`,
    screener,
  );
  const caseId = found.body[0]?.caseId;
  if (!caseId) {
    log('asked', loaded.reference, 'skipped: the case is no longer open');
    return;
  }
  const asked = await request('POST', `${apiUrl('screening')}/cases/${caseId}/information-requests`, screener, {
    question: INFORMATION_QUESTION,
  });
  if (asked.status !== 201 && asked.status !== 409)
    throw unexpected(`POST /cases/${caseId}/information-requests`, asked);
  const deadline = Date.now() + ANSWER_TIMEOUT_MS;
  type Request = { agency: string; status: string; answer: { known: boolean; findings: unknown[] }[] | null };
  for (;;) {
    const reply = await request<{ informationRequests: Request[] }>(
      'GET',
      `${apiUrl('screening')}/cases/${caseId}`,
      screener,
    );
    const requests = reply.body.informationRequests ?? [];
    if (requests.every((r) => r.status === 'answered') || Date.now() > deadline) {
      for (const r of requests) {
        const findings = (r.answer ?? []).reduce((sum, subject) => sum + subject.findings.length, 0);
        const known = (r.answer ?? []).some((subject) => subject.known);
        log(
          `asked`,
          loaded.reference,
          `${r.agency}: ${r.status === 'answered' ? `${known ? 'known' : 'not known'}, ${findings} finding(s)` : 'not answered yet (held for review or still coming)'}`,
        );
      }
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function log(key: string, reference: string, text: string): void {
  console.log(`  ${key.padEnd(9)} ${reference.padEnd(15)} ${text}`);
}

/** Loads the whole demo through the APIs; safe to run again (see the top of this file). */
export async function loadDemoData(): Promise<void> {
  const early = DEMO_CONTACTS.filter((contact) => !LATE_CONTACT_KEYS.includes(contact.key));
  const late = DEMO_CONTACTS.filter((contact) => LATE_CONTACT_KEYS.includes(contact.key));

  const loadedEarly = await submitInOrder(early);
  const worklist = await worklistWith(loadedEarly);
  report(loadedEarly, worklist);
  await decide(
    loadedEarly.find((item) => item.contact.key === DECIDED_CONTACT_KEY),
    worklist,
  );

  await allocateDemoCases(loadedEarly, worklist);

  const loadedLate = await submitInOrder(late);
  report(loadedLate, await worklistWith(loadedLate));

  const [loadedAsked] = await submitInOrder([ASKED_CONTACT]);
  if (loadedAsked) report([loadedAsked], await worklistWith([loadedAsked]));
  await askAgencies(loadedAsked);
  await demoPartnership();
}

if (require.main === module) {
  loadDemoData().catch((error: Error) => {
    console.error(`demo data: ${error.message}`);
    process.exitCode = 1;
  });
}
