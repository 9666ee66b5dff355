import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveSchedule } from '../../../../main/store/save-schedule';

// On a fake clock: when saves start is exact here, whatever the machine's load.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A schedule whose saves start at once (as ProjectStore's flush does) and are recorded at their clock time. */
function recordedSchedule(debounceMs?: number) {
  const savesAt: number[] = [];
  const t0 = Date.now();
  const schedule: SaveSchedule = new SaveSchedule(() => {
    savesAt.push(Date.now() - t0);
    schedule.started();
  }, debounceMs);
  return { schedule, savesAt };
}

/** A change every `everyMs` from now until `untilMs` (clock time since the schedule was made). */
async function changeEvery(schedule: SaveSchedule, everyMs: number, untilMs: number): Promise<void> {
  for (let t = 0; t < untilMs; t += everyMs) {
    schedule.changed();
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

describe('when a save starts', () => {
  it('300 ms after the last change when changes pause', async () => {
    const { schedule, savesAt } = recordedSchedule();
    schedule.changed();
    await vi.advanceTimersByTimeAsync(100);
    schedule.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(savesAt).toEqual([400]);
  });

  it('500 ms after the first unsaved change however fast changes keep coming, again and again', async () => {
    const { schedule, savesAt } = recordedSchedule();
    // One change every 50 ms for 2 s: a debounce alone would wait for a pause that never comes.
    await changeEvery(schedule, 50, 2000);
    expect(savesAt).toEqual([500, 1000, 1500, 2000]);
  });

  it('a longer debounce is its own cap', async () => {
    const { schedule, savesAt } = recordedSchedule(800);
    await changeEvery(schedule, 50, 2000);
    expect(savesAt).toEqual([800, 1600]);
  });

  it('after a failure: retries after 1 s, 2 s, 4 s, which new changes do not hurry, and a success ends the backoff', async () => {
    const { schedule, savesAt } = recordedSchedule();
    schedule.changed();
    await vi.advanceTimersByTimeAsync(300);
    expect(savesAt).toEqual([300]);
    expect(schedule.failed()).toBe(1000);
    schedule.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(savesAt).toEqual([300, 1300]);
    expect(schedule.failed()).toBe(2000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(schedule.failed()).toBe(4000);
    await vi.advanceTimersByTimeAsync(4000);
    expect(savesAt).toEqual([300, 1300, 3300, 7300]);
    schedule.succeeded();
    expect(schedule.retrying).toBe(false);
    schedule.changed();
    await vi.advanceTimersByTimeAsync(300);
    expect(savesAt).toEqual([300, 1300, 3300, 7300, 7600]);
  });
});
