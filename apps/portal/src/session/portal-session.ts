import type { Agency, Role } from '@frontdoor/auth';
import type { LoggedContactDraft } from '../log-contact/logged-contact';
import type { PpnDraft } from '../ppns/ppn-draft';
import type { ReferralDraft } from '../referrals/referral-draft';

/** Who is signed in, as the portal shows them (the token carries the same claims). */
export interface PortalUser {
  /** How people know the organisation (a school name); `organisation` is its id. */
  organisationName?: string;
  subject: string;
  name: string;
  roles: Role[];
  agency: Agency;
  organisation: string;
}

export interface FlashMessage {
  heading: string;
  text?: string;
  type?: 'success';
}

declare module 'express-session' {
  interface SessionData {
    user?: PortalUser;
    /** The bearer token the services accept for this user. */
    token?: string;
    /** Epoch milliseconds. */
    signedInAt?: number;
    lastSeenAt?: number;
    tokenExpiresAt?: number;
    referral?: ReferralDraft;
    /** A police officer's Public Protection Notice in progress. */
    ppn?: PpnDraft;
    lastSubmitted?: { reference: string; contactId: string; immediateDanger: boolean };
    /** A contact a screener or manager is logging from a call, an email or a visit. */
    loggedContact?: LoggedContactDraft;
    lastLogged?: { reference: string; contactId: string; immediateDanger: boolean };
    flash?: FlashMessage;
  }
}

export interface SessionTimes {
  signedInAt: number;
  lastSeenAt: number;
  tokenExpiresAt: number;
}

export interface SessionLimits {
  idleTimeoutSeconds: number;
  absoluteTimeoutSeconds: number;
}

/**
 * Whether a signed-in session is still good at `now`: it ends after a spell without requests,
 * after the absolute limit, or when the token it holds expires, whichever comes first.
 */
export function sessionExpired(times: SessionTimes, limits: SessionLimits, now: number): boolean {
  return (
    now - times.lastSeenAt >= limits.idleTimeoutSeconds * 1000 ||
    now - times.signedInAt >= limits.absoluteTimeoutSeconds * 1000 ||
    now >= times.tokenExpiresAt
  );
}

/** Seconds left before the session ends if nothing else happens. */
export function secondsUntilExpiry(times: SessionTimes, limits: SessionLimits, now: number): number {
  const ends = Math.min(
    times.lastSeenAt + limits.idleTimeoutSeconds * 1000,
    times.signedInAt + limits.absoluteTimeoutSeconds * 1000,
    times.tokenExpiresAt,
  );
  return Math.max(0, Math.floor((ends - now) / 1000));
}

/** Only same-site paths: a `returnTo` taken from a form must never send the user elsewhere. */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string') return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\r\n]/.test(value) || value.length > 500) return fallback;
  return value;
}
