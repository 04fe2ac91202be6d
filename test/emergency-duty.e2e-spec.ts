import { Role } from '@frontdoor/auth';
import { EmergencyDutyAction, ScreeningOutcome } from '@frontdoor/contracts';
import { RunningClock, bearer, eventually, lastWorkingDayAt, tokenFor } from '@frontdoor/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { uniqueContact } from './support/contacts';
import { FrontDoorStack, startFrontDoorStack } from './support/front-door-stack';

const HOUR_MS = 3_600_000;

describe('out of hours: red contacts go to the emergency duty team, who hand over in the morning', () => {
  // Screening's clock is put in an office morning or an evening, whatever the hour this runs.
  const clock = new RunningClock(lastWorkingDayAt({ hours: 10, minutes: 0 }));
  let stack: FrontDoorStack;
  let schoolDsl: string;
  let screener: string;
  let emergencyDuty: string;

  beforeAll(async () => {
    stack = await startFrontDoorStack({ screeningClock: clock });
    schoolDsl = await tokenFor(Role.SchoolDsl, { organisation: 'school-141001' });
    screener = await tokenFor(Role.Screener);
    emergencyDuty = await tokenFor(Role.EmergencyDutySocialWorker);
  });

  afterAll(async () => {
    await stack?.close();
  });

  const screening = () => request(stack.screening.getHttpServer());

  async function submit(immediateDanger: boolean) {
    const { body } = uniqueContact();
    body.concerns.immediateDanger = immediateDanger;
    const response = await request(stack.intake.getHttpServer())
      .post('/contacts')
      .set(bearer(schoolDsl))
      .send(body)
      .expect(201);
    return response.body as { contactId: string; reference: string };
  }

  const worklistItem = async (reference: string) =>
    (
      (await screening().get(`/worklist?reference=${reference}`).set(bearer(screener)).expect(200)).body as {
        caseId: string;
        rag: string;
        decisionDeadline: string;
      }[]
    )[0];

  const queueItem = async (reference: string) =>
    (
      (await screening().get('/emergency-duty/queue').set(bearer(emergencyDuty)).expect(200)).body as {
        caseId: string;
        reference: string;
        deadline: string;
        elapsedHoursLeft: number;
        overdue: boolean;
        records: number;
      }[]
    ).find((item) => item.reference === reference);

  /** Waits until screening has opened the contact's case (in whichever queue), by its audit-free row. */
  const landed = (contactId: string) =>
    eventually(
      async () =>
        (
          await stack.screening
            .get(DataSource)
            .query(`SELECT id, queue, decision_deadline AS "deadline" FROM screening_cases WHERE contact_id = $1`, [
              contactId,
            ])
        )[0] as { id: string; queue: string; deadline: Date } | undefined,
      { what: `case for contact ${contactId}` },
    );

  it('keeps a red contact in office hours on the front door’s worklist, due in 4 office hours', async () => {
    clock.set(lastWorkingDayAt({ hours: 10, minutes: 0 }));
    const accepted = await submit(true);
    const opened = await landed(accepted.contactId);
    expect(opened.queue).toBe('front-door');
    expect((await worklistItem(accepted.reference)).rag).toBe('red');
    expect(await queueItem(accepted.reference)).toBeUndefined();
  });

  it('puts a red contact at 9:31pm in the emergency duty team’s queue, due 2 elapsed hours after it landed', async () => {
    clock.set(lastWorkingDayAt({ hours: 21, minutes: 31 }));
    const before = clock.now().getTime();
    const red = await submit(true);
    const amber = await submit(false);
    const [redCase, amberCase] = [await landed(red.contactId), await landed(amber.contactId)];
    expect(redCase.queue).toBe('emergency-duty-team');
    const due = new Date(redCase.deadline).getTime();
    expect(due).toBeGreaterThanOrEqual(before + 2 * HOUR_MS);
    expect(due).toBeLessThan(clock.now().getTime() + 2 * HOUR_MS);
    expect(await worklistItem(red.reference)).toBeUndefined();
    const item = await queueItem(red.reference);
    expect(item).toMatchObject({ caseId: redCase.id, overdue: false, records: 0 });
    expect(item!.elapsedHoursLeft).toBeGreaterThan(1.9);

    // Amber out of hours waits for the front door, on office hours from its opening.
    expect(amberCase.queue).toBe('front-door');
    expect(await queueItem(amber.reference)).toBeUndefined();
    expect(await worklistItem(amber.reference)).toBeDefined();
  });

  it('takes what EDT did, refuses bad input, shows overdue, and hands over to the worklist with an office-hours deadline', async () => {
    clock.set(lastWorkingDayAt({ hours: 21, minutes: 31 }));
    const red = await submit(true);
    const { id: caseId } = await landed(red.contactId);
    const record = (body: object, token = emergencyDuty) =>
      screening().post(`/cases/${caseId}/emergency-duty/records`).set(bearer(token)).send(body);
    const good = {
      actions: [EmergencyDutyAction.Visited, EmergencyDutyAction.PoliceAttended, EmergencyDutyAction.ChildSafe],
      summary: 'Visited with police at 22:40; grandmother staying overnight; child asleep and safe.',
    };

    // Bad input is a clear 400 and changes nothing; only the emergency duty team records.
    const bad = await record({ actions: [], summary: '' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('actions');
    await record({ actions: ['teleported'], summary: 'x' }).expect(400);
    await record(good, screener).expect(403);
    // Nothing to hand over yet, and the front door cannot decide a case EDT holds.
    await screening().post(`/cases/${caseId}/emergency-duty/hand-over`).set(bearer(emergencyDuty)).expect(409);
    await screening()
      .post(`/cases/${caseId}/decision`)
      .set(bearer(screener))
      .send({
        outcome: ScreeningOutcome.ImmediateProtection,
        levelOfNeed: 4,
        rationale: 'x',
        childsVoiceConsidered: false,
        referrerFeedback: 'x',
      })
      .expect(409);
    expect((await queueItem(red.reference))!.records).toBe(0);

    const { body: entry } = await record(good).expect(201);
    expect(entry).toMatchObject({ actions: good.actions, summary: good.summary, recordedBy: expect.any(String) });

    // Three hours on, the queue says it is overdue.
    clock.advance({ hours: 3 });
    expect(await queueItem(red.reference)).toMatchObject({ overdue: true, records: 1 });
    expect((await queueItem(red.reference))!.elapsedHoursLeft).toBeLessThan(0);

    // The morning: 07:30 on the next working day, before the front door opens at 09:00.
    const morning = new Date(lastWorkingDayAt({ hours: 7, minutes: 30 }).getTime() + 24 * HOUR_MS);
    clock.set(morning);
    await screening().post(`/cases/${caseId}/emergency-duty/hand-over`).set(bearer(screener)).expect(403);
    const { body: handedOver } = await screening()
      .post(`/cases/${caseId}/emergency-duty/hand-over`)
      .set(bearer(emergencyDuty))
      .expect(200);
    const deadline = new Date(handedOver.decisionDeadline);
    // 4 office hours from the next opening after 07:30, at 13:00 on a working day.
    expect(deadline.getTime()).toBeGreaterThan(morning.getTime());
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeStyle: 'short' }).format(deadline)).toBe(
      '13:00',
    );
    await screening().post(`/cases/${caseId}/emergency-duty/hand-over`).set(bearer(emergencyDuty)).expect(409);
    expect(await queueItem(red.reference)).toBeUndefined();
    expect(await worklistItem(red.reference)).toMatchObject({
      caseId,
      rag: 'red',
      decisionDeadline: deadline.toISOString(),
    });

    const { body: fullCase } = await screening().get(`/cases/${caseId}`).set(bearer(screener)).expect(200);
    expect(fullCase).toMatchObject({ queue: 'front-door', deadlineClock: 'office-hours' });
    expect(fullCase.emergencyDuty).toMatchObject({ handedOverAt: handedOver.handedOverAt, records: [entry] });
    // The emergency duty team can still read the case it handed over.
    await screening().get(`/cases/${caseId}`).set(bearer(emergencyDuty)).expect(200);

    const audited: { action: string }[] = await stack.screening
      .get(DataSource)
      .query(`SELECT action FROM audit_records WHERE subject_id = $1 ORDER BY id`, [caseId]);
    expect(audited.map((row) => row.action)).toEqual(
      expect.arrayContaining(['case.emergency-duty.recorded', 'case.emergency-duty.handed-over']),
    );
  });

  it('lets the emergency duty team read only the cases that were its own', async () => {
    clock.set(lastWorkingDayAt({ hours: 10, minutes: 0 }));
    const accepted = await submit(false);
    const { id } = await landed(accepted.contactId);
    await screening().get(`/cases/${id}`).set(bearer(emergencyDuty)).expect(404);
    await screening().get('/worklist').set(bearer(emergencyDuty)).expect(403);
  });
});
