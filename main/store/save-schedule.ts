/** How long changes are coalesced after the last one: long enough to batch key presses. */
const SAVE_DEBOUNCE_MS = 300;
/**
 * A save starts at most this long after the first change not yet saved, however fast changes keep
 * coming (a debounce alone restarts on every change and never saves a steady stream). Short enough
 * that a change is on disk within 1 s when a save takes under half a second.
 */
const SAVE_MAX_DELAY_MS = 500;
/** After a failed save (a full disk, a drive gone), retries wait this long, doubling up to the maximum. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

/**
 * When the next save of a file starts: `debounceMs` after the last change, but never later than
 * SAVE_MAX_DELAY_MS (or `debounceMs`, if longer) after the first unsaved one; after a failure, a
 * retry with backoff, which later changes do not hurry. `save` runs the save; the owner reports
 * back through started(), succeeded() and failed().
 */
export class SaveSchedule {
  readonly #debounceMs: number;
  readonly #maxDelayMs: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest change not yet taken by a save must be saving by (null: nothing waits). */
  #deadline: number | null = null;
  #retryMs = 0;

  constructor(
    private readonly save: () => void,
    debounceMs = SAVE_DEBOUNCE_MS,
  ) {
    this.#debounceMs = debounceMs;
    this.#maxDelayMs = Math.max(debounceMs, SAVE_MAX_DELAY_MS);
  }

  /** Whether the last save failed and its retry is waiting. */
  get retrying(): boolean {
    return this.#retryMs > 0;
  }

  /** The project changed: a save follows after the debounce, or at the deadline of the first unsaved change. */
  changed(): void {
    if (this.retrying) return;
    const now = Date.now();
    this.#deadline ??= now + this.#maxDelayMs;
    this.#arm(Math.min(this.#debounceMs, this.#deadline - now), true);
  }

  /** A save took every change so far; the next change starts a new wait. */
  started(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#deadline = null;
  }

  succeeded(): void {
    this.#retryMs = 0;
  }

  /** The save failed: arms the retry and returns how long it waits. */
  failed(): number {
    this.#retryMs = this.#retryMs === 0 ? RETRY_FIRST_MS : Math.min(this.#retryMs * 2, RETRY_MAX_MS);
    // The retry timer does not keep a process alive: a CLI that has reported the failure may exit.
    this.#arm(this.#retryMs, false);
    return this.#retryMs;
  }

  /** No save is due any more, not even a retry (the file is closed, or not ours to write now). */
  cancel(): void {
    this.started();
    this.#retryMs = 0;
  }

  #arm(delayMs: number, keepAlive: boolean): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(
      () => {
        this.#timer = null;
        this.save();
      },
      Math.max(0, delayMs),
    );
    if (!keepAlive) this.#timer.unref();
  }
}
