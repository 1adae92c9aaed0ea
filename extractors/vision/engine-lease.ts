import type { HumanEngine } from './human-engine.js';

/**
 * One extractor's hold on the shared engine: taken on first use (so an unused
 * extractor never keeps weights loaded) and given back on dispose; using the
 * extractor again takes it again, which reloads the weights if they were freed.
 */
export class EngineLease {
  private held = false;

  constructor(readonly engine: HumanEngine) {}

  acquire(): HumanEngine {
    if (!this.held) {
      this.engine.retain();
      this.held = true;
    }
    return this.engine;
  }

  async release(): Promise<void> {
    if (!this.held) return;
    this.held = false;
    await this.engine.release();
  }
}
