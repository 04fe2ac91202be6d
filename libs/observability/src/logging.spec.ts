import pino from 'pino';
import { Writable } from 'node:stream';
import { withCorrelationId } from './correlation';
import { errorForLog, logSettingsFromEnv, loggerOptions, requestForLog, routeOf } from './logging';

function capturingLogger(): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = pino(loggerOptions('intake', { level: 'info', pretty: false }), sink);
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  };
}

describe('service logs', () => {
  it('writes one JSON object per line with level, time, service and the current correlation id', () => {
    const { logger, lines } = capturingLogger();
    withCorrelationId('contact-42', () => logger.info('accepted'));
    logger.info('outside any request');
    expect(lines()).toEqual([
      expect.objectContaining({ level: 'info', service: 'intake', correlationId: 'contact-42', msg: 'accepted' }),
      expect.not.objectContaining({ correlationId: expect.anything() }),
    ]);
    expect(new Date(lines()[0].time as string).toISOString()).toBe(lines()[0].time);
  });

  it('redacts credentials wherever a header dump puts them', () => {
    const { logger, lines } = capturingLogger();
    logger.info({ req: { headers: { authorization: 'Bearer eyJsecret', cookie: 'sid=abc' } } }, 'headers');
    logger.info({ headers: { authorization: 'Bearer eyJsecret' } }, 'bare headers');
    expect(JSON.stringify(lines())).not.toMatch(/eyJsecret|sid=abc/);
    expect(JSON.stringify(lines())).toContain('[redacted]');
  });

  it('keeps method and path of a request, never its query, headers or body', () => {
    expect(requestForLog({ id: 'c1', method: 'GET', url: '/persons?lastName=Smith&dob=2015-01-01' })).toEqual({
      id: 'c1',
      method: 'GET',
      url: '/persons',
    });
  });

  it('drops what a driver error carries about the row (parameters, detail) and keeps what went wrong', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      parameters: ['Jane', 'Smith', '943 476 5919'],
      detail: 'Key (nhs_number)=(9434765919) already exists.',
    });
    const { logger, lines } = capturingLogger();
    logger.error({ err: error }, 'insert failed');
    const text = JSON.stringify(lines());
    expect(text).not.toMatch(/Smith|9434765919|943 476 5919/);
    expect(lines()[0].err).toMatchObject({ message: error.message, code: '23505' });
    expect(errorForLog(error)).not.toHaveProperty('parameters');
  });

  it('names a request by its route pattern, and a catch-all match as unmatched', () => {
    const request = (route?: unknown) => ({ route }) as never;
    expect(routeOf(request({ path: '/cases/:id' }))).toBe('/cases/:id');
    expect(routeOf(request({ path: '{/*splat}' }))).toBe('unmatched');
    expect(routeOf(request(undefined))).toBe('unmatched');
  });

  it('is quiet in tests, refuses pretty output in production and unknown levels', () => {
    expect(logSettingsFromEnv({ NODE_ENV: 'test' })).toEqual({ level: 'warn', pretty: false });
    expect(logSettingsFromEnv({ NODE_ENV: 'production' })).toEqual({ level: 'info', pretty: false });
    expect(logSettingsFromEnv({ LOG_PRETTY: 'true', LOG_LEVEL: 'debug' })).toEqual({ level: 'debug', pretty: true });
    expect(() => logSettingsFromEnv({ NODE_ENV: 'production', LOG_PRETTY: 'true' })).toThrow(/LOG_PRETTY/);
    expect(() => logSettingsFromEnv({ LOG_LEVEL: 'chatty' })).toThrow(/LOG_LEVEL/);
  });
});
