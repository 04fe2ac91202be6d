/** One log line as the services write it (pino JSON), with the raw text kept for searching. */
export interface CapturedLogLine {
  raw: string;
  json?: Record<string, unknown>;
}

/**
 * Takes over stdout, where every service in this process writes its JSON log lines, and keeps
 * them instead of printing them. Call before the apps are created, with `LOG_LEVEL` set to what
 * the test needs to see.
 */
export class LogCapture {
  readonly lines: CapturedLogLine[] = [];
  private readonly original = process.stdout.write;
  private partial = '';

  start(): this {
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      this.take(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
      callback?.();
      return true;
    }) as typeof process.stdout.write;
    return this;
  }

  stop(): void {
    process.stdout.write = this.original;
    if (this.partial) this.take('\n');
  }

  /** Every line that parsed as JSON. */
  json(): Record<string, unknown>[] {
    return this.lines.flatMap((line) => (line.json ? [line.json] : []));
  }

  private take(text: string): void {
    const pieces = (this.partial + text).split('\n');
    this.partial = pieces.pop() ?? '';
    for (const raw of pieces.filter(Boolean)) {
      let json: Record<string, unknown> | undefined;
      try {
        json = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        json = undefined;
      }
      this.lines.push({ raw, json });
    }
  }
}
