import { describe, expect, it } from 'vitest';
import { findRoute, parseModeList } from './apertium-modes.js';
import { apertiumCodesFor, isoFromApertiumCode, normalizeLanguage } from './languages.js';

// What `apertium -l` printed with apertium-eng-spa and apertium-fr-es installed (Debian 12).
const LISTED = `  eco-es-fr
  eco-fr-es
  eng-spa
  es-fr
  fr-es
  spa-eng
  spa-eng_US
`;

describe('language codes', () => {
  it('maps ISO 639-1 to every spelling Apertium pairs use, and back', () => {
    expect(apertiumCodesFor('es')).toEqual(['es', 'spa']);
    expect(apertiumCodesFor('ES-es')).toEqual(['es', 'spa']);
    expect(isoFromApertiumCode('spa')).toBe('es');
    expect(isoFromApertiumCode('eng')).toBe('en');
    expect(isoFromApertiumCode('fr')).toBe('fr');
    expect(isoFromApertiumCode('glg')).toBe('gl');
    expect(isoFromApertiumCode('hbs')).toBe('sh');
  });

  it('normalises region and script tags and three-letter codes', () => {
    expect(normalizeLanguage('zh-Hans-CN')).toBe('zh');
    expect(normalizeLanguage('cat')).toBe('ca');
    expect(normalizeLanguage('pt_BR')).toBe('pt');
  });
});

describe('parseModeList', () => {
  it('keeps translation directions, drops odd and debugging modes, remembers variants', () => {
    const modes = parseModeList(`${LISTED}  spa-eng-morph\n`);
    expect(modes.map((m) => m.name)).toEqual(['eng-spa', 'es-fr', 'fr-es', 'spa-eng', 'spa-eng_US']);
    expect(modes.find((m) => m.name === 'spa-eng')).toEqual({ name: 'spa-eng', from: 'es', to: 'en' });
    expect(modes.find((m) => m.name === 'spa-eng_US')?.variant).toBe('US');
  });
});

describe('findRoute', () => {
  const modes = parseModeList(LISTED);

  it('prefers a direct mode without a regional variant', () => {
    expect(findRoute(modes, 'es', 'en')?.map((m) => m.name)).toEqual(['spa-eng']);
  });

  it('goes through Spanish when there is no direct pair', () => {
    expect(findRoute(modes, 'fr', 'en')?.map((m) => m.name)).toEqual(['fr-es', 'spa-eng']);
  });

  it('returns null rather than a three-hop route or a missing pair', () => {
    expect(findRoute(modes, 'de', 'en')).toBeNull();
    expect(findRoute(modes, 'en', 'fr')?.map((m) => m.name)).toEqual(['eng-spa', 'es-fr']);
    expect(findRoute([], 'es', 'en')).toBeNull();
  });
});
