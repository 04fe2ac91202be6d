import { Rag, SourceType } from '@frontdoor/contracts';
import type { WorklistFilters, WorklistItem } from '../clients/screening.client';

export const WORKLIST_SORTS = ['deadline', 'rag', 'received'] as const;
export type WorklistSort = (typeof WORKLIST_SORTS)[number];

export interface WorklistRequest {
  filters: WorklistFilters;
  sort: WorklistSort;
}

const STATUSES = ['open', 'awaiting-approval'];
const RAGS: string[] = Object.values(Rag);
const SOURCES: string[] = Object.values(SourceType);

/** The worklist's query string, with anything unknown dropped (a bad link shows everything). */
export function readWorklistQuery(query: Record<string, unknown>): WorklistRequest {
  const pick = (name: string, allowed: readonly string[]) => {
    const value = query[name];
    return typeof value === 'string' && allowed.includes(value) ? value : undefined;
  };
  const reference = typeof query.reference === 'string' ? query.reference.trim().toUpperCase() : '';
  const allocatedTo = typeof query.allocatedTo === 'string' ? query.allocatedTo.trim() : '';
  return {
    filters: {
      rag: pick('rag', RAGS),
      source: pick('source', SOURCES),
      status: pick('status', STATUSES),
      reference: /^[A-Z]{2}-[A-Z0-9-]{1,30}$/.test(reference) ? reference : undefined,
      // A subject is the identity provider's to shape; screening takes any up to 200 characters.
      allocatedTo: allocatedTo && allocatedTo.length <= 200 ? allocatedTo : undefined,
    },
    sort: (pick('sort', WORKLIST_SORTS) as WorklistSort | undefined) ?? 'deadline',
  };
}

const RAG_ORDER: Record<string, number> = { red: 0, amber: 1, green: 2 };

/** Overdue first, always; then by the chosen column. */
export function sortWorklist(items: WorklistItem[], sort: WorklistSort): WorklistItem[] {
  const byDeadline = (a: WorklistItem, b: WorklistItem) => a.decisionDeadline.localeCompare(b.decisionDeadline);
  const compare: Record<WorklistSort, (a: WorklistItem, b: WorklistItem) => number> = {
    deadline: byDeadline,
    rag: (a, b) => (RAG_ORDER[a.rag] ?? 3) - (RAG_ORDER[b.rag] ?? 3) || byDeadline(a, b),
    received: (a, b) => b.receivedAt.localeCompare(a.receivedAt),
  };
  return [...items].sort((a, b) => Number(b.overdue) - Number(a.overdue) || compare[sort](a, b));
}

/** A link to the worklist (or "My cases", at `path`) with one setting changed, keeping the others. */
export function worklistLink(
  request: WorklistRequest,
  change: Partial<WorklistFilters & { sort: WorklistSort }>,
  path = '/worklist',
): string {
  const params = new URLSearchParams();
  const merged = { ...request.filters, sort: request.sort, ...change };
  for (const [key, value] of Object.entries(merged)) {
    if (value && !(key === 'sort' && value === 'deadline')) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
