/**
 * Memoises model loads per model id as promises, so concurrent callers share
 * one load, and evicts a failed load so the next call can retry. Nothing
 * loads at import time.
 */
export class ModelCache<T> {
  private readonly loads = new Map<string, Promise<T>>();

  constructor(private readonly disposeModel: (model: T) => Promise<void> | void = () => undefined) {}

  get(id: string, load: () => Promise<T>): Promise<T> {
    const cached = this.loads.get(id);
    if (cached) return cached;
    const pending = load().catch((err: unknown) => {
      this.loads.delete(id);
      throw err;
    });
    this.loads.set(id, pending);
    return pending;
  }

  has(id: string): boolean {
    return this.loads.has(id);
  }

  async dispose(): Promise<void> {
    const loads = [...this.loads.values()];
    this.loads.clear();
    for (const load of loads) {
      const model = await load.catch(() => undefined);
      if (model !== undefined) await this.disposeModel(model);
    }
  }
}
