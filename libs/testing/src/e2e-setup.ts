import { MAILDEV_SMTP_PORT } from './maildev';
import { TEST_TOPIC_NAMESPACE } from './test-run';

// Runs in every e2e test file: real infrastructure is slower than fakes, and tests talk to
// databases whose names must say "test".
jest.setTimeout(90_000);
process.env.NODE_ENV = 'test';
// Test runs use their own topics, so a local `npm start` on the same broker never sees them
// (and each test lane its own; see test-run.ts).
process.env.KAFKA_TOPIC_NAMESPACE = TEST_TOPIC_NAMESPACE;
// Intake emails referrers through this lane's MailDev (a real SMTP server), never another lane's.
process.env.REFERRER_EMAIL_SENDER = 'smtp';
process.env.SMTP_HOST = '127.0.0.1';
process.env.SMTP_PORT = String(MAILDEV_SMTP_PORT);

// Observers in a test (probes, offset watchers) may subscribe before any service has started and
// created the contract topics; on a fresh broker that subscription would fail. Create them first.
beforeAll(async () => {
  const { createKafka, ensureTopics, kafkaSettingsFromEnv } = await import('@frontdoor/messaging');
  const settings = kafkaSettingsFromEnv('test-setup');
  await ensureTopics(createKafka(settings), settings);
});
