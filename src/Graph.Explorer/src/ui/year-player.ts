// Animates the year filter: one year at a time, waiting for each drawing before the next step.

export class YearPlayer {
  /** Bumped by every play() and stop(), so an older run notices it was superseded. */
  private generation = 0;
  private running = false;
  private timer: number | undefined;
  private wake: (() => void) | null = null;

  constructor(
    private readonly stepMs: number,
    private readonly changed: (playing: boolean) => void,
  ) {}

  get playing(): boolean {
    return this.running;
  }

  /** Shows each year from first to last by calling `show(year)`, which resolves once it is drawn. */
  async play(first: number, last: number, show: (year: number) => Promise<void>): Promise<void> {
    this.stop();
    const run = this.generation;
    this.setRunning(true);
    for (let year = first; year <= last && run === this.generation; year++) {
      await show(year);
      if (run !== this.generation || year === last) break;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.timer = window.setTimeout(resolve, this.stepMs);
      });
    }
    if (run === this.generation) this.setRunning(false);
  }

  stop(): void {
    this.generation++;
    window.clearTimeout(this.timer);
    // Let a pending play() finish its loop instead of waiting forever.
    this.wake?.();
    this.wake = null;
    this.setRunning(false);
  }

  private setRunning(running: boolean): void {
    if (this.running === running) return;
    this.running = running;
    this.changed(running);
  }
}
