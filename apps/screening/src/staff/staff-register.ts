import { AuthenticatedUser } from '@frontdoor/auth';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CLOCK, Clock } from '../screening-policy';

/** How long a person's entry stays fresh before the next request writes it again. */
const REFRESH_MS = 5 * 60_000;

/**
 * Keeps front_door_staff up to date from the tokens of the people who use screening (see
 * StaffMember for why). Most requests change nothing, so a process remembers what it last wrote
 * for each person and writes again only when the token says something new or the entry is stale.
 */
@Injectable()
export class StaffRegister {
  private readonly written = new Map<string, { key: string; at: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async saw(user: AuthenticatedUser): Promise<void> {
    const name = user.name?.trim() || user.subject;
    const roles = [...user.roles].sort();
    const key = JSON.stringify([name, roles, user.organisation]);
    const now = this.clock.now();
    const last = this.written.get(user.subject);
    if (last && last.key === key && now.getTime() - last.at < REFRESH_MS) return;
    await this.dataSource.query(
      `INSERT INTO front_door_staff (subject, name, roles, organisation, last_seen_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (subject) DO UPDATE
         SET name = EXCLUDED.name, roles = EXCLUDED.roles, organisation = EXCLUDED.organisation,
             last_seen_at = GREATEST(front_door_staff.last_seen_at, EXCLUDED.last_seen_at)`,
      [user.subject, name, roles, user.organisation, now],
    );
    this.written.set(user.subject, { key, at: now.getTime() });
  }
}
