/** A time someone can attend, as ISO instants. */
export interface Window {
  from: string;
  to: string;
}

/** Plain rules on declared availability: each window must end after it starts, and not be absurdly long. */
export function availabilityProblems(windows: Window[], maxHours = 24): string[] {
  return windows.flatMap((window, index) => {
    const from = Date.parse(window.from);
    const to = Date.parse(window.to);
    if (to <= from) return [`availability[${index}] must end after it starts`];
    if (to - from > maxHours * 3_600_000) return [`availability[${index}] is longer than ${maxHours} hours`];
    return [];
  });
}
