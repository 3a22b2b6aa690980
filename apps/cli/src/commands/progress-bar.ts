/** What a progress line shows. */
export interface Progress {
  label: string;
  done: number;
  total: number;
  /** Text after the bar: counts, rates. */
  detail: string;
}

const BAR_WIDTH = 24;

/** One progress line: `label [#####-----]  42%  detail`. */
export function renderProgress(progress: Progress): string {
  const ratio = progress.total > 0 ? Math.min(1, Math.max(0, progress.done / progress.total)) : 0;
  const filled = Math.round(ratio * BAR_WIDTH);
  const percent = `${Math.floor(ratio * 100)}%`.padStart(4);
  return `${progress.label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${percent}  ${progress.detail}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) {
    return `${(bytes / 1024).toFixed(1)} KB`;
  }
  return bytes < 1024 ** 3 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/**
 * Draws progress on stderr: redrawn in place on a terminal, one line every few seconds otherwise (logs, pipes),
 * so stdout stays free for the machine-readable result.
 */
export class ProgressReporter {
  private lastLineAt = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly plainIntervalMs = 2000,
  ) {}

  update(progress: Progress, final = false): void {
    const line = renderProgress(progress);
    if (this.stream.isTTY) {
      this.stream.write(`\r${line.slice(0, (this.stream.columns ?? 120) - 1).padEnd((this.stream.columns ?? 120) - 1)}${final ? '\n' : ''}`);
      return;
    }
    const now = Date.now();
    if (final || now - this.lastLineAt >= this.plainIntervalMs) {
      this.lastLineAt = now;
      this.stream.write(`${line}\n`);
    }
  }
}
