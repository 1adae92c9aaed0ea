import { normalizeLanguage } from './languages.js';

// Debian 12 packages that take a language to English, directly or through
// Spanish (checked with `apt-cache search apertium`). Only used to write a
// helpful error message; routing always uses what is actually installed.
const TO_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  es: ['apertium-eng-spa'],
  ca: ['apertium-eng-cat'],
  gl: ['apertium-en-gl'],
  eu: ['apertium-eu-en'],
  eo: ['apertium-eo-en'],
  is: ['apertium-isl-eng'],
  mk: ['apertium-mkd-eng'],
  hr: ['apertium-hbs-eng'],
  sr: ['apertium-hbs-eng'],
  bs: ['apertium-hbs-eng'],
  fr: ['apertium-fr-es', 'apertium-eng-spa'],
  pt: ['apertium-es-pt', 'apertium-eng-spa'],
  it: ['apertium-spa-ita', 'apertium-eng-spa'],
  ro: ['apertium-es-ro', 'apertium-eng-spa'],
  an: ['apertium-spa-arg', 'apertium-eng-spa'],
  ast: ['apertium-spa-ast', 'apertium-eng-spa'],
};

/** A sentence telling the operator what to install for `from` → `to`. */
export function installHint(from: string, to: string): string {
  const packages = normalizeLanguage(to) === 'en' ? TO_ENGLISH[normalizeLanguage(from)] : undefined;
  return packages
    ? `install it with: apt-get install apertium ${packages.join(' ')}`
    : `no Debian package is known for this pair; configure a neural model for it instead`;
}
