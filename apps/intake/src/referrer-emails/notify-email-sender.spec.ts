import { createHmac, randomUUID } from 'node:crypto';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { PermanentSendFailure } from './email-sender';
import { NotifyEmailSender } from './notify-email-sender';

/** A stand-in for GOV.UK Notify's API on a local port: what the real client sends, and Notify's answers. */
class FakeNotify {
  readonly requests: { path: string; authorization: string; body: Record<string, unknown> }[] = [];
  answer: { status: number; body: unknown } = { status: 201, body: { id: 'notify-id-1' } };
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((request: IncomingMessage, response: ServerResponse) => {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        this.requests.push({
          path: request.url ?? '',
          authorization: request.headers.authorization ?? '',
          body: JSON.parse(raw) as Record<string, unknown>,
        });
        response.writeHead(this.answer.status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(this.answer.body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server!.close(() => resolve()));
  }
}

describe('NotifyEmailSender against a fake Notify API', () => {
  const serviceId = randomUUID();
  const secret = randomUUID();
  const templateId = randomUUID();
  const notify = new FakeNotify();
  let sender: NotifyEmailSender;

  const email = {
    notificationId: randomUUID(),
    emailAddress: 'dsl@oakfield.example.org',
    personalisation: {
      referrer_name: 'Alex Example',
      contact_reference: 'FD-2026-000001',
      received_on: '7 December 2026',
      feedback: 'A social worker will visit this week.',
    },
  };

  beforeAll(async () => {
    const baseUrl = await notify.start();
    sender = new NotifyEmailSender({
      apiKey: `frontdoor_test-${serviceId}-${secret}`,
      templateId,
      baseUrl,
      timeoutMs: 5_000,
    });
  });
  afterAll(() => notify.stop());
  beforeEach(() => {
    notify.requests.length = 0;
    notify.answer = { status: 201, body: { id: 'notify-id-1' } };
  });

  it('posts the template id, the address, the personalisation and our id as the reference, signed with the key', async () => {
    await expect(sender.send(email)).resolves.toEqual({ providerId: 'notify-id-1' });
    expect(notify.requests).toHaveLength(1);
    const [sent] = notify.requests;
    expect(sent.path).toBe('/v2/notifications/email');
    expect(sent.body).toEqual({
      template_id: templateId,
      email_address: 'dsl@oakfield.example.org',
      personalisation: email.personalisation,
      reference: email.notificationId,
    });
    // Notify's auth: a JWT signed with the key's secret (HS256), issued by the service id.
    const [header, claims, signature] = sent.authorization.replace(/^Bearer /, '').split('.');
    expect(createHmac('sha256', secret).update(`${header}.${claims}`).digest('base64url')).toBe(signature);
    expect(JSON.parse(Buffer.from(claims, 'base64url').toString())).toMatchObject({ iss: serviceId });
  });

  it('treats a refusal Notify will repeat (400: a bad address) as permanent, with Notify’s reason', async () => {
    notify.answer = {
      status: 400,
      body: {
        status_code: 400,
        errors: [{ error: 'ValidationError', message: 'email_address Not a valid email address' }],
      },
    };
    const failure = sender.send(email);
    await expect(failure).rejects.toBeInstanceOf(PermanentSendFailure);
    await expect(failure).rejects.toThrow(
      'Notify answered 400 (ValidationError: email_address Not a valid email address)',
    );
  });

  it.each([429, 500, 503])('lets a %i pass as a failure to retry', async (status) => {
    notify.answer = { status, body: { status_code: status, errors: [{ error: 'Error', message: 'try later' }] } };
    const failure = sender.send(email);
    await expect(failure).rejects.toThrow(`Notify answered ${status}`);
    await expect(failure).rejects.not.toBeInstanceOf(PermanentSendFailure);
  });

  it('lets an unreachable Notify pass as a failure to retry', async () => {
    const unreachable = new NotifyEmailSender({
      apiKey: `frontdoor_test-${serviceId}-${secret}`,
      templateId,
      baseUrl: 'http://127.0.0.1:1',
      timeoutMs: 2_000,
    });
    const failure = unreachable.send(email);
    await expect(failure).rejects.toThrow('Notify unreachable: ECONNREFUSED');
    await expect(failure).rejects.not.toBeInstanceOf(PermanentSendFailure);
  });
});
