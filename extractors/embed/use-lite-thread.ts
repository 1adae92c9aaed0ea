import { Worker } from 'node:worker_threads';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';

type Reply = { id: number; vectors: Float32Array } | { id: number; error: string; phase: 'load' | 'embed' };

interface Pending {
  count: number;
  resolve: (vectors: number[][]) => void;
  reject: (err: Error) => void;
}

const WORKER_URL = new URL('./use-lite-worker.mjs', import.meta.url);

/**
 * One worker thread that owns the USE lite model (see use-lite-worker.mjs).
 * Started on first use, so importing costs nothing; a worker that crashes
 * fails the calls in flight and is replaced on the next call; `close`
 * terminates it. Unreferenced, so an idle encoder never keeps a CLI alive.
 */
export class UseLiteThread {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  /** `workerUrl` is for tests that need a worker which misbehaves. */
  constructor(
    private readonly modelName: string,
    private readonly workerUrl: URL = WORKER_URL,
  ) {}

  /** Unit-length vectors, one per text, in order. */
  embed(texts: readonly string[]): Promise<number[][]> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<number[][]>((resolve, reject) => {
      this.pending.set(id, { count: texts.length, resolve, reject });
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, texts });
    });
  }

  get started(): boolean {
    return this.worker !== null;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new ExtractorError(ExtractorErrorCode.ModelFailed, `${this.modelName} was disposed with calls in flight`));
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.workerUrl);
    worker.unref();
    worker.on('message', (reply: Reply) => this.settle(reply));
    worker.on('error', (cause) => {
      this.drop(worker);
      this.failAll(new ExtractorError(ExtractorErrorCode.ModelFailed, `${this.modelName} worker thread crashed`, { cause }));
    });
    worker.on('exit', (code) => {
      if (this.drop(worker)) this.failAll(new ExtractorError(ExtractorErrorCode.ModelFailed, `${this.modelName} worker thread exited with code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private settle(reply: Reply): void {
    const call = this.pending.get(reply.id);
    if (!call) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if ('error' in reply) {
      const what = reply.phase === 'load' ? `could not load ${this.modelName}` : `${this.modelName} failed on a batch of ${call.count} texts`;
      call.reject(new ExtractorError(ExtractorErrorCode.ModelFailed, `${what}: ${reply.error}`));
      return;
    }
    const width = reply.vectors.length / Math.max(1, call.count);
    const rows: number[][] = [];
    for (let r = 0; r < call.count; r++) rows.push(Array.from(reply.vectors.subarray(r * width, (r + 1) * width)));
    call.resolve(rows);
  }

  /** Forgets `worker` if it is the current one; true when it was. */
  private drop(worker: Worker): boolean {
    if (this.worker !== worker) return false;
    this.worker = null;
    return true;
  }

  private failAll(err: Error): void {
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const call of calls) call.reject(err);
  }
}
