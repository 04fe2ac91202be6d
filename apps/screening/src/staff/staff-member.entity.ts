import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person of the front door (screener or manager) as screening last saw them in their token.
 *
 * Why a register of our own: the identity provider publishes no roster we may query, and a case
 * can only be given to someone who can then open it. So screening keeps whoever has used it with
 * a front-door role (signing in to the portal opens the worklist, which is such a use), refreshed
 * from each token: a screener is allocatable from their first sign-in, and a person whose screener
 * role was taken away stops being allocatable the next time they sign in. Locally the demo
 * screeners (demo-screener-1, demo-screener-2) appear the same way, by signing in.
 */
@Entity({ name: 'front_door_staff' })
export class StaffMember {
  /** The token's subject: the person's stable id at the identity provider. */
  @PrimaryColumn({ type: 'text' })
  subject!: string;

  /** The token's display name, or the subject when the token gives none. */
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', array: true })
  roles!: string[];

  @Column({ type: 'text' })
  organisation!: string;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;
}
