import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import { loadCompromise } from './compromise-engine.js';
import { compromiseNerCard, createCompromiseNer, NER_RULES_REVISION } from './compromise-ner.js';
import { COMPROMISE_LOAD_TIMEOUT_MS, warmUpCompromise } from './fixtures/warm-up.js';
import { createGazetteer } from './gazetteer.js';

beforeAll(warmUpCompromise, COMPROMISE_LOAD_TIMEOUT_MS);

describe('compromise-ner model card', () => {
  it('is versioned by the installed compromise and the project rules', () => {
    const card = compromiseNerCard();
    // Independent of the walk-up in compromiseVersion: the CommonJS build lives two folders below the package root.
    const entry = createRequire(import.meta.url).resolve('compromise');
    const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(card.version).toBe(`${manifest.version}+rules.${NER_RULES_REVISION}`);
    expect(manifest.version).toBe(loadCompromise().version);
    expect(card).toMatchObject({
      id: `compromise-ner@${card.version}`,
      name: 'compromise-ner',
      task: 'ner',
      licence: 'MIT',
      origin: 'npm:compromise + project patterns',
      engine: 'bundled',
    });
  });
});

describe('createCompromiseNer', () => {
  it('runs the bundled recogniser', async () => {
    const ner = createCompromiseNer();
    expect(ner).toMatchObject({ task: 'ner', modality: 'text' });
    const mentions = await ner.run({ text: 'Tim Cook visited Berlin.' });
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Tim Cook', 'Person'],
      ['Berlin', 'Location'],
    ]);
    await ner.dispose();
    await ner.dispose();
  });

  it('uses the gazetteer it was given', async () => {
    const ner = createCompromiseNer({ gazetteer: createGazetteer([{ name: 'Orrery Guild', type: 'Organization' }]) });
    const mentions = await ner.run({ text: 'The Orrery Guild met.' });
    expect(mentions).toContainEqual(expect.objectContaining({ text: 'Orrery Guild', engine: 'gazetteer' }));
  });

  it('refuses empty, oversized and non-text input as input errors', async () => {
    const ner = createCompromiseNer({ maxChars: 10 });
    const codeOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'resolved',
        (err: unknown) => (err instanceof ExtractorError && err.isInputError ? err.code : 'other'),
      );
    await expect(codeOf(ner.run({ text: '  ' }))).resolves.toBe(ExtractorErrorCode.EmptyInput);
    await expect(codeOf(ner.run({ text: 'Tim Cook visited Berlin.' }))).resolves.toBe(ExtractorErrorCode.TooLarge);
    await expect(codeOf(ner.run({ text: 42 } as unknown as { text: string }))).resolves.toBe(ExtractorErrorCode.UnsupportedType);
  });

  it('stops when its signal is aborted', async () => {
    const ner = createCompromiseNer();
    await expect(ner.run({ text: 'Tim Cook visited Berlin.' }, { signal: AbortSignal.abort() })).rejects.toThrow(/abort/iu);
  });
});
