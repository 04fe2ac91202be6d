import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino, { type Logger, type LoggerOptions } from 'pino';
import type { Options as HttpLoggerOptions } from 'pino-http';
import { CORRELATION_HEADER, correlationIdFrom, currentCorrelationId } from './correlation';

export interface LogSettings {
  level: string;
  /** Human-readable lines for a developer's terminal; refused in production. */
  pretty: boolean;
}

export function logSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): LogSettings {
  const pretty = env.LOG_PRETTY === 'true';
  if (pretty && env.NODE_ENV === 'production') {
    throw new Error('LOG_PRETTY is for a developer terminal; production logs are one JSON object per line');
  }
  // Tests keep to warnings and errors unless they ask for more.
  const level = env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info');
  if (!(level in pino.levels.values) && level !== 'silent') {
    throw new Error(`LOG_LEVEL must be one of ${Object.keys(pino.levels.values).join(', ')} or silent`);
  }
  return { level, pretty };
}

/**
 * Credentials that could reach a log through a header or an object someone logs. Bodies are never
 * logged at all: they carry children's details.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'cookie',
  'password',
  'token',
];

interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
}

interface SerializedError {
  type?: string;
  message?: string;
  stack?: string;
  code?: unknown;
}

/** Method and path only: a query string can hold a name or a date of birth, headers hold tokens. */
export function requestForLog(request: SerializedRequest): SerializedRequest {
  return { id: request.id, method: request.method, url: request.url?.split('?')[0] };
}

/**
 * What an error may say in a log. Driver errors carry the statement's parameters and the row that
 * clashed (`parameters`, `detail`, `driverError`), which are personal data: they are dropped.
 */
export function errorForLog(error: SerializedError): SerializedError {
  return { type: error.type, message: error.message, stack: error.stack, code: error.code };
}

/** The pino options every service logs with (also used outside HTTP: Kafka handlers, timers). */
export function loggerOptions(service: string, settings: LogSettings): LoggerOptions {
  return {
    level: settings.level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: errorForLog, error: errorForLog },
    // One id follows a contact from the HTTP request through every Kafka hop (see correlation.ts).
    // An HTTP request's own logger already carries it as a binding.
    mixin: (_merge, _level, logger: Logger) => {
      const correlationId = currentCorrelationId();
      return correlationId && !('correlationId' in logger.bindings()) ? { correlationId } : {};
    },
    ...(settings.pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
  };
}

const QUIET_PATHS = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

/** One line per HTTP request (method, route, status, time taken), at error level when it failed. */
export function httpLoggerOptions(
  service: string,
  settings: LogSettings,
): HttpLoggerOptions<IncomingMessage, ServerResponse> {
  return {
    ...loggerOptions(service, settings),
    genReqId: (request, response) => {
      const id = correlationIdFrom(request.id ?? request.headers[CORRELATION_HEADER]);
      response.setHeader(CORRELATION_HEADER, id);
      return id;
    },
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'correlationId', responseTime: 'durationMs' },
    serializers: {
      err: errorForLog,
      error: errorForLog,
      req: requestForLog,
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
    autoLogging: { ignore: (request) => QUIET_PATHS.has(request.url?.split('?')[0] ?? '') },
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: (request, response) => `${request.method} ${routeOf(request)} ${response.statusCode}`,
    customErrorMessage: (request, response) => `${request.method} ${routeOf(request)} ${response.statusCode}`,
  };
}

/** How Nest mounts middleware applied to every route (`forRoutes({ path: '{/*splat}' })`). */
export const CATCH_ALL_ROUTE = '{/*splat}';

/** The route's pattern (`/cases/:id`), never the filled-in path, so ids group and nothing leaks. */
export function routeOf(request: IncomingMessage): string {
  const route = (request as IncomingMessage & { route?: { path?: unknown } }).route?.path;
  // Middleware for every path is mounted as a catch-all route: reaching only that matched nothing.
  return typeof route === 'string' && route !== CATCH_ALL_ROUTE ? route : 'unmatched';
}

/** nestjs-pino's settings: JSON lines on stdout, or pretty lines through pino-pretty. */
export function nestLoggerParams(service: string, settings = logSettingsFromEnv()): Params {
  const options = httpLoggerOptions(service, settings);
  return { pinoHttp: settings.pretty ? options : [options, process.stdout] };
}
