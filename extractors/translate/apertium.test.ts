import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { ApertiumTranslator } from './apertium.js';
import { joinBatch } from './apertium-batch.js';

// Real Apertium, as CI installs it: apt-get install apertium apertium-eng-spa apertium-fr-es
const APERTIUM_CALL_MS = 30_000;

const apertium = new ApertiumTranslator();
afterAll(() => apertium.dispose());

describe('ApertiumTranslator (installed engine)', () => {
  it('translates Spanish into English', { timeout: APERTIUM_CALL_MS }, async () => {
    const result = await apertium.translate('El presidente de Francia visitó Madrid ayer.', 'es', 'en');
    expect(result.text).toContain('president of France');
    expect(result.text).toContain('Madrid');
    expect(result.engine).toBe('apertium');
    expect(result.modes).toEqual(['spa-eng']);
  });

  it('names the Debian package version in the ModelCard', { timeout: APERTIUM_CALL_MS }, async () => {
    const installed = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'apertium-eng-spa'], { encoding: 'utf8' });
    const card = await apertium.card('es', 'en');
    expect(card).toMatchObject({ name: 'apertium-spa-eng', version: installed, id: `apertium-spa-eng@${installed}`, task: 'translate', engine: 'bundled' });
    expect(card.origin).toContain('apertium-eng-spa');
    expect(card.licence).toMatch(/GPL/);
  });

  it('keeps the order and the boundaries of a batch, even where words would reorder across lines', { timeout: APERTIUM_CALL_MS }, async () => {
    const texts = ['Vi la casa', 'roja', '¿Dónde está Pekín?', '', 'la', 'Naciones Unidas', 'El coche rojo es rápido.'];
    const { texts: out } = await new ApertiumTranslator({ batchSize: 3 }).translateBatch(texts, 'es', 'en');
    expect(out).toHaveLength(texts.length);
    expect(out[0]).toBe('I saw the house');
    expect(out[1]?.toLowerCase()).toBe('red');
    expect(out[2]).toContain('Peking');
    expect(out[3]).toBe('');
    expect(out[5]).toBe('United Nations');
    expect(out[6]).toBe('The red car is fast.');
  });

  it('really needs a blank line between batched texts: a single newline lets words move across', { timeout: APERTIUM_CALL_MS }, async () => {
    // The reason for the marker format in apertium-batch.ts, checked against the installed engine.
    const { text } = await apertium.translate('Vi la casa\nroja y grande', 'es', 'en');
    expect(text.split('\n')[0]).not.toBe('I saw the house');
    const { text: marked } = await apertium.translate(joinBatch(['Vi la casa', 'roja']), 'es', 'en');
    expect(marked).toMatch(/^I saw the house\n\n§§0§§\n\nRed/);
  });

  it('translates a text containing the marker on its own, without corrupting the batch', { timeout: APERTIUM_CALL_MS }, async () => {
    const { texts } = await apertium.translateBatch(['la casa', 'precio §§0§§ euros', 'el perro'], 'es', 'en');
    expect(texts[0]).toBe('The house');
    expect(texts[1]).toContain('§§0§§');
    expect(texts[2]).toBe('The dog');
  });

  it('chains two pairs through Spanish when no direct pair exists (fr → es → en)', { timeout: APERTIUM_CALL_MS }, async () => {
    const result = await apertium.translate('Le président de la France a visité Paris hier.', 'fr', 'en');
    expect(result.modes).toEqual(['fr-es', 'spa-eng']);
    expect(result.text).toContain('president of France');
    expect(result.model.id).toMatch(/^apertium-fr-es\+spa-eng@.+\+.+$/);
  });

  it('drops the * Apertium puts on unknown words but keeps the words', { timeout: APERTIUM_CALL_MS }, async () => {
    const { text } = await apertium.translate('Los desarrolladores refactorizaron el microservicio.', 'es', 'en');
    expect(text).toContain('refactorizaron');
    expect(text).not.toContain('*');
  });

  it('says EngineMissing, naming what to install, when the pair is not installed', { timeout: APERTIUM_CALL_MS }, async () => {
    const err = await apertium.translate('Guten Tag', 'de', 'en').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractorError);
    expect((err as ExtractorError).code).toBe(ExtractorErrorCode.EngineMissing);
    expect((err as ExtractorError).message).toContain('no de→en translation installed');
    expect((err as ExtractorError).message).toContain('spa-eng');
    const catalan = await apertium.translate('Bon dia', 'ca', 'en').catch((e: unknown) => e);
    expect((catalan as ExtractorError).message).toContain('apt-get install apertium apertium-eng-cat');
    await expect(apertium.supports('de', 'en')).resolves.toBe(false);
    await expect(apertium.supports('es', 'en')).resolves.toBe(true);
  });

  it('says EngineMissing when Apertium itself is not installed', async () => {
    const missing = new ApertiumTranslator({ command: '/nonexistent/apertium' });
    const err = await missing.translate('Hola', 'es', 'en').catch((e: unknown) => e);
    expect((err as ExtractorError).code).toBe(ExtractorErrorCode.EngineMissing);
    await expect(missing.supports('es', 'en')).resolves.toBe(false);
  });
});
