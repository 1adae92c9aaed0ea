import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { modelId, type ModelCard, type RunContext } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { ModelCache } from '../base/model-cache.js';
import { collidesWithMarker, joinBatch, splitBatch } from './apertium-batch.js';
import { installHint } from './apertium-install-hints.js';
import { findRoute, parseModeList, type ApertiumMode } from './apertium-modes.js';
import { packageForMode } from './apertium-package.js';
import { runProcess } from '../base/child-process.js';
import { normalizeLanguage } from './languages.js';

export interface ApertiumOptions {
  /** The `apertium` executable. Default `apertium` (on PATH). */
  command?: string;
  /** Kill one Apertium call after this long. Default 30 000 ms. */
  timeoutMs?: number;
  /** Texts sent per process call. Default 64. */
  batchSize?: number;
  /** Where mode files live, to find each mode's Debian package. Default `/usr/share/apertium/modes`. */
  modesDir?: string;
  /** Where Debian copyright files live. Default `/usr/share/doc`. */
  docDir?: string;
}

export interface ApertiumBatchResult {
  texts: string[];
  engine: 'apertium';
  model: ModelCard;
  modes: string[];
}

export interface ApertiumResult {
  text: string;
  engine: 'apertium';
  model: ModelCard;
  modes: string[];
}

/**
 * Rule-based machine translation with Apertium as a child process. Modes are
 * discovered from the installed engine (`apertium -l`), never assumed; a
 * missing engine or pair is an `EngineMissing` error that says what to
 * install. Nothing runs at construction.
 */
export class ApertiumTranslator {
  private readonly command: string;
  private readonly timeoutMs: number;
  private readonly batchSize: number;
  private readonly modesDir: string;
  private readonly docDir: string;
  private readonly modeList = new ModelCache<ApertiumMode[]>();
  private readonly cards = new ModelCache<ModelCard>();

  constructor(options: ApertiumOptions = {}) {
    this.command = options.command ?? 'apertium';
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.batchSize = options.batchSize ?? 64;
    this.modesDir = options.modesDir ?? '/usr/share/apertium/modes';
    this.docDir = options.docDir ?? '/usr/share/doc';
  }

  /** Installed translation directions. Throws `EngineMissing` when Apertium is not installed. */
  modes(): Promise<ApertiumMode[]> {
    return this.modeList.get('modes', async () =>
      parseModeList(await runProcess(this.command, ['-l'], { timeoutMs: this.timeoutMs, label: 'apertium -l' })),
    );
  }

  /** False when Apertium or the pair is missing; never throws for that reason. */
  async supports(from: string, to: string): Promise<boolean> {
    try {
      await this.route(from, to);
      return true;
    } catch (err) {
      if (err instanceof ExtractorError && err.code === ExtractorErrorCode.EngineMissing) return false;
      throw err;
    }
  }

  /** The modes that translate `from` → `to`, or `EngineMissing` naming the packages to install. */
  async route(from: string, to: string): Promise<ApertiumMode[]> {
    const modes = await this.modes();
    const route = findRoute(modes, from, to);
    if (route) return route;
    const installed = modes.map((m) => m.name).join(', ') || 'none';
    throw new ExtractorError(
      ExtractorErrorCode.EngineMissing,
      `Apertium has no ${normalizeLanguage(from)}→${normalizeLanguage(to)} translation installed (installed modes: ${installed}); ${installHint(from, to)}`,
    );
  }

  /** The ModelCard for a route; its version is the Debian package version of each pair used. */
  async card(from: string, to: string): Promise<ModelCard> {
    const route = await this.route(from, to);
    const name = `apertium-${route.map((m) => m.name).join('+')}`;
    return this.cards.get(name, async () => {
      const lookup = { modesDir: this.modesDir, docDir: this.docDir, timeoutMs: this.timeoutMs };
      const packages = await Promise.all(route.map((m) => packageForMode(m.name, lookup)));
      const version = packages.map((p) => p.version).join('+');
      return {
        id: modelId(name, version),
        name,
        version,
        task: 'translate',
        licence: [...new Set(packages.map((p) => p.licence))].join(' AND '),
        origin: `Debian package${packages.length > 1 ? 's' : ''} ${packages.map((p) => p.name).join(', ')} (apertium modes ${route.map((m) => m.name).join(' then ')})`,
        engine: 'bundled',
      };
    });
  }

  async translate(text: string, from: string, to: string, context: RunContext = {}): Promise<ApertiumResult> {
    const { texts, ...rest } = await this.translateBatch([text], from, to, context);
    return { text: texts[0] ?? '', ...rest };
  }

  /** Translates many texts with as few process calls as the batch size allows; output order matches input. */
  async translateBatch(texts: readonly string[], from: string, to: string, context: RunContext = {}): Promise<ApertiumBatchResult> {
    const route = await this.route(from, to);
    const model = await this.card(from, to);
    const modes = route.map((m) => m.name);
    const out: string[] = texts.map(() => '');
    const pending = texts.map((text, index) => ({ text, index })).filter(({ text }) => text.trim() !== '');
    const alone = pending.filter(({ text }) => collidesWithMarker(text));
    const batchable = pending.filter(({ text }) => !collidesWithMarker(text));

    for (let i = 0; i < batchable.length; i += this.batchSize) {
      const chunk = batchable.slice(i, i + this.batchSize);
      const translated = splitBatch(await this.runRoute(joinBatch(chunk.map((c) => c.text)), modes, context), chunk.length);
      if (translated) {
        chunk.forEach(({ index }, j) => (out[index] = translated[j] ?? ''));
      } else {
        alone.push(...chunk);
      }
    }
    for (const { text, index } of alone) out[index] = (await this.runRoute(text, modes, context)).trim();
    return { texts: out, engine: 'apertium', model, modes };
  }

  async dispose(): Promise<void> {
    await this.modeList.dispose();
    await this.cards.dispose();
  }

  private async runRoute(text: string, modes: readonly string[], context: RunContext): Promise<string> {
    // The text goes in as a file, not on stdin: Node's stdio "pipes" are
    // socket pairs, and Apertium's txt deformatter opens /dev/stdin by path,
    // which fails on a socket, so stdin input silently translates to nothing.
    const dir = await mkdtemp(join(tmpdir(), 'kg-apertium-'));
    try {
      let current = text;
      for (const mode of modes) {
        const input = join(dir, 'input.txt');
        await writeFile(input, current, 'utf8');
        // `-u` drops the `*` Apertium puts before words it does not know; the
        // word itself is kept, which is what we want for names.
        current = await runProcess(this.command, ['-u', '-f', 'txt', mode, input], {
          timeoutMs: this.timeoutMs,
          signal: context.signal,
          label: `apertium ${mode}`,
        });
      }
      return current;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
