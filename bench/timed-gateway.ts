import { GraphGateway, type ManagedTransaction, type TxOptions } from '../graph-schema/index.js';

export interface StepTiming {
  step: string;
  transactions: number;
  ms: number;
}

/**
 * The platform gateway, plus a stopwatch per transaction keyed by the
 * `step` (or `purpose`) metadata the writer already attaches. Both systems go
 * through it, so the per-step tables compare like with like; the time outside
 * every transaction is client work (validation, flattening, ids).
 */
export class TimedGateway extends GraphGateway {
  private timings = new Map<string, StepTiming>();

  override executeWrite<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.timed(options, () => super.executeWrite(work, options));
  }

  override executeRead<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.timed(options, () => super.executeRead(work, options));
  }

  /** Timings since the last call, in first-seen order; resets the stopwatch. */
  take(): StepTiming[] {
    const out = [...this.timings.values()];
    this.timings = new Map();
    return out;
  }

  private async timed<T>(options: TxOptions, run: () => Promise<T>): Promise<T> {
    const step = String(options.metadata?.step ?? options.metadata?.purpose ?? 'other');
    const started = performance.now();
    try {
      return await run();
    } finally {
      const t = this.timings.get(step) ?? { step, transactions: 0, ms: 0 };
      t.transactions++;
      t.ms += performance.now() - started;
      this.timings.set(step, t);
    }
  }
}
