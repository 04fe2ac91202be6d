import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, MoreThan } from 'typeorm';
import { MaracReferral } from '../referrals/marac-referral.entity';
import { Clock, MARAC_CLOCK, MaracPolicy } from '../marac-policy';
import { chooseMeeting } from './listing';
import { MaracMeeting } from './marac-meeting.entity';
import { plannedMeetings } from './meeting-schedule';

/** Generates regular meetings on demand and lists eligible referrals at the earliest one with room. */
@Injectable()
export class MeetingListing {
  constructor(
    private readonly policy: MaracPolicy,
    @Inject(MARAC_CLOCK) private readonly clock: Clock,
  ) {}

  /** Creates the regular meetings of the next `weeks` weeks that do not exist yet. */
  async ensureSchedule(manager: EntityManager, weeks = this.policy.weeksAhead): Promise<void> {
    const planned = plannedMeetings(this.clock.now(), weeks, this.policy.schedule, this.policy.calendar);
    if (planned.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(MaracMeeting)
      .values(
        planned.map((meeting) => ({
          id: randomUUID(),
          kind: 'regular' as const,
          heldAt: meeting.heldAt,
          researchCutOffAt: meeting.researchCutOffAt,
          capacity: meeting.capacity,
          movedFromBankHoliday: meeting.movedFromBankHoliday ?? null,
        })),
      )
      .orIgnore()
      .execute();
  }

  /** Lists the referral at the earliest regular meeting with room whose research cut-off is still ahead. */
  async list(manager: EntityManager, referral: MaracReferral): Promise<MaracMeeting> {
    const now = this.clock.now();
    for (const weeks of [this.policy.weeksAhead, 52]) {
      await this.ensureSchedule(manager, weeks);
      // Locked so two referrals listed at once cannot both take a meeting's last place.
      const meetings = await manager.find(MaracMeeting, {
        where: { kind: 'regular', heldAt: MoreThan(now) },
        order: { heldAt: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const counts = await this.listedCounts(
        manager,
        meetings.map((m) => m.id),
      );
      const chosen = chooseMeeting(
        meetings.map((m) => ({ ...m, listedCount: counts.get(m.id) ?? 0 })),
        now,
      );
      if (chosen) {
        await manager.update(MaracReferral, { id: referral.id }, { meetingId: chosen.id });
        referral.meetingId = chosen.id;
        return meetings.find((m) => m.id === chosen.id)!;
      }
    }
    throw new Error('No MARAC meeting with room in the next 52 weeks');
  }

  async listedCounts(manager: EntityManager, meetingIds: string[]): Promise<Map<string, number>> {
    if (meetingIds.length === 0) return new Map();
    const rows: { meeting_id: string; count: string }[] = await manager.query(
      `SELECT meeting_id, count(*) AS count FROM marac_referrals WHERE meeting_id = ANY($1) GROUP BY meeting_id`,
      [meetingIds],
    );
    return new Map(rows.map((row) => [row.meeting_id, Number(row.count)]));
  }
}
