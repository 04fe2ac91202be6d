import { ContactDetailsV1 } from '@frontdoor/contracts';
import { contactBody, postContact } from './scenarios';
import { sleep } from './stats';

/** One contact a referrer means to send, retried with the same Idempotency-Key until accepted. */
export interface Submission {
  key: string;
  body: ContactDetailsV1;
  /** When the first attempt was made (epoch ms). */
  firstTriedAt: number;
  attempts: number;
  contactId?: string;
  /** When intake's 201 for it came back (epoch ms). */
  acceptedAt?: number;
  /** Contact ids intake answered with across every attempt and resubmission: one, or it duplicated. */
  answeredIds: Set<string>;
  /** A 4xx other than 429: intake refused the contact itself, so retrying cannot help. */
  refusedWith?: number;
}

const RETRY_DELAY_MS = 300;
const GIVE_UP_AFTER_MS = 5 * 60_000;

/**
 * Open-loop referrals at a steady rate, each with its own Idempotency-Key. A referrer whose POST
 * fails (connection refused while intake is down, a 5xx while Postgres restarts, a reply lost to
 * a kill) tries again with the same key, as the API asks; at most `maxInFlight` requests at once.
 */
export class ContactLoad {
  readonly submissions: Submission[] = [];
  private running = false;
  private generator?: Promise<void>;
  private readonly pending = new Set<Promise<void>>();
  private inFlight = 0;

  constructor(
    private readonly intakeUrl: string,
    private readonly token: string,
    private readonly keyPrefix: string,
    private readonly maxInFlight = 100,
  ) {}

  start(ratePerSecond: number): void {
    this.running = true;
    this.generator = (async () => {
      const started = performance.now();
      for (let index = 0; this.running; index++) {
        const wait = started + (index * 1000) / ratePerSecond - performance.now();
        if (wait > 0) await sleep(wait);
        while (this.inFlight >= this.maxInFlight && this.running) await sleep(10);
        if (!this.running) break;
        const submission: Submission = {
          key: `${this.keyPrefix}-${index}`,
          body: contactBody(),
          firstTriedAt: Date.now(),
          attempts: 0,
          answeredIds: new Set(),
        };
        this.submissions.push(submission);
        this.track(this.submitUntilAccepted(submission));
      }
    })();
  }

  /** Stops making new submissions and waits for every one under way to be accepted (or given up). */
  async stop(): Promise<void> {
    this.running = false;
    await this.generator;
    await Promise.all(this.pending);
  }

  get accepted(): Submission[] {
    return this.submissions.filter((submission) => submission.contactId);
  }

  /**
   * Sends earlier submissions again with their own keys and bodies (a referrer's system replaying
   * its queue): each must come back as the contact first accepted, never as a new one.
   */
  async resubmit(submissions: Submission[]): Promise<void> {
    await Promise.all(submissions.map((submission) => this.submitUntilAccepted(submission)));
  }

  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  private async submitUntilAccepted(submission: Submission): Promise<void> {
    const giveUpAt = Date.now() + GIVE_UP_AFTER_MS;
    while (Date.now() < giveUpAt) {
      submission.attempts++;
      this.inFlight++;
      const result = await postContact(this.intakeUrl, this.token, submission.body, submission.key)
        .catch(() => ({ failed: 0 }))
        .finally(() => this.inFlight--);
      if ('contactId' in result) {
        submission.answeredIds.add(result.contactId);
        submission.contactId ??= result.contactId;
        submission.acceptedAt ??= result.returnedAt;
        return;
      }
      if (result.failed >= 400 && result.failed < 500 && result.failed !== 429) {
        submission.refusedWith = result.failed;
        return;
      }
      await sleep(RETRY_DELAY_MS);
    }
  }
}
