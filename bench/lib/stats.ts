import { readFileSync } from 'node:fs';

/** p-th percentile (nearest rank) of a sample, in the sample's unit; NaN for an empty sample. */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarise(sample: readonly number[]): LatencySummary {
  return {
    count: sample.length,
    p50: round(percentile(sample, 50)),
    p95: round(percentile(sample, 95)),
    p99: round(percentile(sample, 99)),
    max: round(sample.length ? Math.max(...sample) : NaN),
  };
}

export function round(value: number, places = 2): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** Resident memory of a process in MiB, from /proc (Linux), or null when it is gone. */
export function residentMiB(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
    return Number.isFinite(kib) ? round(kib / 1024, 1) : null;
  } catch {
    return null;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
