/**
 * Language codes. The platform speaks ISO 639-1 (`es`, `zh`); Apertium names
 * its modes with whatever code each language pair chose when it was packaged:
 * newer pairs use ISO 639-3 (`spa-eng`), older ones ISO 639-1 (`fr-es`), and
 * Serbo-Croatian pairs use the macrolanguage `hbs`. So one ISO 639-1 code maps
 * to several spellings, and a mode code maps back to exactly one ISO code.
 */

/** The pivot language every other language is translated into. */
export const PIVOT_LANGUAGE = 'en';

const APERTIUM_CODES: Readonly<Record<string, readonly string[]>> = {
  en: ['eng'],
  es: ['spa'],
  ca: ['cat'],
  gl: ['glg'],
  pt: ['por'],
  fr: ['fra', 'fre'],
  it: ['ita'],
  oc: ['oci'],
  an: ['arg'],
  ro: ['ron', 'rum'],
  eu: ['eus', 'baq'],
  eo: ['epo'],
  de: ['deu', 'ger'],
  nl: ['nld', 'dut'],
  af: ['afr'],
  da: ['dan'],
  sv: ['swe'],
  nb: ['nob'],
  nn: ['nno'],
  no: ['nor'],
  is: ['isl', 'ice'],
  cy: ['cym', 'wel'],
  br: ['bre'],
  ga: ['gle'],
  mt: ['mlt'],
  sc: ['srd'],
  pl: ['pol'],
  cs: ['ces', 'cze'],
  sk: ['slk', 'slo'],
  sl: ['slv'],
  hr: ['hrv', 'hbs'],
  sr: ['srp', 'hbs'],
  bs: ['bos', 'hbs'],
  sh: ['hbs'],
  mk: ['mkd', 'mac'],
  bg: ['bul'],
  ru: ['rus'],
  uk: ['ukr'],
  be: ['bel'],
  el: ['ell', 'gre'],
  hu: ['hun'],
  fi: ['fin'],
  et: ['est'],
  lv: ['lav'],
  lt: ['lit'],
  sq: ['sqi', 'alb'],
};

/**
 * Languages we route to Apertium (European languages with Debian-packaged
 * pairs, directly or through Spanish/Catalan). Other languages (zh, ja, ar…)
 * have no rule-based pair here and go to the neural path or nowhere.
 */
export const APERTIUM_LANGUAGES: ReadonlySet<string> = new Set(Object.keys(APERTIUM_CODES));

const ISO_BY_APERTIUM_CODE: ReadonlyMap<string, string> = new Map(
  Object.entries(APERTIUM_CODES).flatMap(([iso, codes]) =>
    // `hbs` is shared by hr/sr/bs; it maps back to the macrolanguage `sh`.
    codes.filter((code) => code !== 'hbs' || iso === 'sh').map((code) => [code, iso] as const),
  ),
);

const THREE_TO_ONE: ReadonlyMap<string, string> = new Map([
  ...ISO_BY_APERTIUM_CODE,
  ['zho', 'zh'],
  ['chi', 'zh'],
  ['cmn', 'zh'],
  ['jpn', 'ja'],
  ['kor', 'ko'],
]);

/**
 * Normalises `es`, `ES`, `es-ES`, `spa`, `zh-Hans-CN` to an ISO 639-1 code
 * (or the lower-cased primary subtag when no 639-1 code is known).
 */
export function normalizeLanguage(code: string): string {
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return THREE_TO_ONE.get(primary) ?? primary;
}

/** Every code an Apertium mode may use for this language, its ISO 639-1 code first. */
export function apertiumCodesFor(language: string): string[] {
  const iso = normalizeLanguage(language);
  return [iso, ...(APERTIUM_CODES[iso] ?? [])];
}

/** The ISO 639-1 code for a code found in an Apertium mode name (`spa` → `es`, `fr` → `fr`). */
export function isoFromApertiumCode(code: string): string {
  const lower = code.toLowerCase();
  if (APERTIUM_CODES[lower]) return lower;
  return ISO_BY_APERTIUM_CODE.get(lower) ?? lower;
}

/** True for Chinese in any script or region tag. */
export function isChinese(language: string): boolean {
  return normalizeLanguage(language) === 'zh';
}
