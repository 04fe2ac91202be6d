// The demo loaders' HTTP client: the public APIs, called as the seeded demo users.
import { DEMO_USERS, issueDevelopmentToken } from '@frontdoor/auth';

const LOCAL_PORTS = { intake: 3001, screening: 3002, police: 3003, health: 3004, marac: 3006, strategy: 3007 } as const;

/** Where the demo finds a service's API: `<SERVICE>_URL` when set (read at each call), else its port on this machine. */
export function apiUrl(service: keyof typeof LOCAL_PORTS): string {
  return process.env[`${service.toUpperCase()}_URL`] ?? `http://127.0.0.1:${LOCAL_PORTS[service]}`;
}

export interface Reply<T> {
  status: number;
  headers: Headers;
  body: T;
}

export async function request<T>(
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text for the error message
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}

export function unexpected(what: string, reply: Reply<unknown>): Error {
  const body = reply.body as { title?: string; detail?: string } | string | undefined;
  const detail = typeof body === 'object' && body ? [body.title, body.detail].filter(Boolean).join(': ') : body;
  return new Error(`${what} answered ${reply.status}${detail ? ` (${detail})` : ''}`);
}

const tokens = new Map<string, Promise<string>>();
export function tokenFor(subject: string): Promise<string> {
  const user = DEMO_USERS.find((candidate) => candidate.subject === subject);
  if (!user) throw new Error(`no demo user ${subject}`);
  if (!tokens.has(subject)) tokens.set(subject, issueDevelopmentToken(user));
  return tokens.get(subject)!;
}
