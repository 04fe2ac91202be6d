import { CORRELATION_HEADER, currentCorrelationId } from '@frontdoor/observability';
import { randomUUID } from 'node:crypto';

/** A problem details body (RFC 9457) as the services send it on a 4xx. */
export interface ProblemDetails {
  status?: number;
  title?: string;
  detail?: string;
  errors?: unknown;
}

/** A service answered with an error status; the portal decides what the user sees. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';

  constructor(
    readonly service: string,
    readonly status: number,
    readonly problem: ProblemDetails | undefined,
  ) {
    super(`${service} answered ${status}${problem?.title ? `: ${problem.title}` : ''}`);
  }
}

/** The service could not be reached at all (down, refused, timed out). */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';

  constructor(
    readonly service: string,
    cause: unknown,
  ) {
    super(`${service} could not be reached: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT';
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
}

const TIMEOUT_MS = 10_000;

/**
 * JSON over HTTP to one service, always as the signed-in user (their bearer token), so each
 * service applies its own access rules: the portal never widens what a user may see.
 */
export class ServiceClient {
  constructor(
    readonly service: string,
    private readonly baseUrl: string,
  ) {}

  async request<T>(token: string, path: string, options: RequestOptions = {}): Promise<T> {
    const url = new URL(path, this.baseUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
    }
    let response: Response;
    try {
      response = await fetch(url, {
        method: options.method ?? 'GET',
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
          ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          // The page's correlation id goes with every call, so one id follows a referral into the services.
          [CORRELATION_HEADER]: currentCorrelationId() ?? randomUUID(),
          ...options.headers,
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new ServiceUnavailableError(this.service, error);
    }
    const text = await response.text();
    const json: unknown = text ? safeJson(text) : undefined;
    if (!response.ok) throw new ServiceError(this.service, response.status, json as ProblemDetails | undefined);
    return json as T;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
