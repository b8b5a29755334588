import type { WatchStats } from './watcher.js';

const n = (x: number): string => x.toLocaleString('en-US');

/** One line of what a watcher has done (the same words on a terminal and in the final summary). */
export function progressLine(s: WatchStats, feeds: number): string {
  return `watch: ${n(feeds)} feeds | ${n(s.polls)} polls (${n(s.errors)} failed, ${n(s.notModified)} not modified) | `
    + `items ${n(s.itemsNew)} new, ${n(s.itemsRevised)} revised, ${n(s.itemsSeen)} seen | ${n(s.stored)} articles coded, ${n(s.events)} events | `
    + `${n(s.alerts)} alerts (${n(s.delivered)} delivered${s.dead ? `, ${n(s.dead)} dead` : ''})`;
}

/**
 * The progress line on a terminal: redrawn in place at most 4 times a second. Not a terminal (piped, a service's
 * log): nothing is drawn; messages pass through as lines.
 */
export class ProgressLine {
  private last = 0;
  private shown = false;
  constructor(private readonly out: NodeJS.WritableStream, private readonly tty: boolean) {}

  update(line: string, force = false): void {
    if (!this.tty) return;
    const now = Date.now();
    if (!force && now - this.last < 250) return;
    this.last = now;
    const cols = (this.out as NodeJS.WriteStream).columns ?? 160;
    this.out.write('\r\x1b[K' + line.slice(0, Math.max(20, cols - 1)));
    this.shown = true;
  }

  /** A message on its own line (the progress line is cleared first and redrawn by the next update). */
  message(line: string): void {
    if (this.shown) this.out.write('\r\x1b[K');
    this.shown = false;
    this.out.write(line + '\n');
  }

  end(): void {
    if (this.shown) this.out.write('\n');
    this.shown = false;
  }
}
