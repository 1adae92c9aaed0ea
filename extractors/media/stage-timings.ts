/** Milliseconds per stage; a stage run several times (video frames) adds up. */
export type StageTimings<Stage extends string> = Partial<Record<Stage, number>>;

/** Runs `work` and adds its duration, success or failure, to `timings[stage]`. */
export async function timed<Stage extends string, T>(timings: StageTimings<Stage>, stage: Stage, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
  }
}
