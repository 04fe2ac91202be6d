import { kafkaSettingsFromEnv } from './kafka-settings';

describe('kafkaSettingsFromEnv: consumer session timeout', () => {
  it("leaves kafkajs's default when KAFKA_SESSION_TIMEOUT_MS is not set", () => {
    expect(kafkaSettingsFromEnv('screening', {}).sessionTimeoutMs).toBeUndefined();
  });

  it('takes a whole number of milliseconds the broker accepts', () => {
    expect(kafkaSettingsFromEnv('screening', { KAFKA_SESSION_TIMEOUT_MS: '10000' }).sessionTimeoutMs).toBe(10_000);
  });

  it.each(['5999', '10s', '1e4.5', '-1'])('refuses %s at boot', (value) => {
    expect(() => kafkaSettingsFromEnv('screening', { KAFKA_SESSION_TIMEOUT_MS: value })).toThrow(
      /KAFKA_SESSION_TIMEOUT_MS/,
    );
  });
});
