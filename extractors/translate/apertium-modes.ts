import { isoFromApertiumCode, normalizeLanguage } from './languages.js';

/** One installed translation direction, e.g. `spa-eng` (es → en). */
export interface ApertiumMode {
  name: string;
  from: string;
  to: string;
  /** Regional variant (`spa-eng_US` → `US`); such modes are used only when no plain one exists. */
  variant?: string;
}

// Debugging modes (`spa-eng-morph`) and odd ones like `eco-es-fr` have more
// than two parts; only `xx-yy` or `xx-yy_VARIANT` are translation directions.
const MODE_NAME = /^([a-z]{2,3})-([a-z]{2,3})(?:_([A-Za-z]+))?$/;

/** Parses `apertium -l` output (one indented mode per line). */
export function parseModeList(output: string): ApertiumMode[] {
  const modes: ApertiumMode[] = [];
  for (const line of output.split('\n')) {
    const name = line.trim();
    const match = MODE_NAME.exec(name);
    if (!match?.[1] || !match[2]) continue;
    const mode: ApertiumMode = { name, from: isoFromApertiumCode(match[1]), to: isoFromApertiumCode(match[2]) };
    if (match[3]) mode.variant = match[3];
    modes.push(mode);
  }
  return modes;
}

// Spanish and Catalan are the hubs of Debian's Apertium pairs (fr-es, es-pt,
// spa-ita, fra-cat…), so they are tried first as the middle of a two-hop route.
const PREFERRED_HUBS = ['es', 'ca'];

/**
 * The modes that take `from` to `to`: one direct mode, or two through a hub
 * language (each hop loses some quality, so never more than two). Returns
 * null when no route exists.
 */
export function findRoute(modes: readonly ApertiumMode[], from: string, to: string): ApertiumMode[] | null {
  const source = normalizeLanguage(from);
  const target = normalizeLanguage(to);
  const direct = pick(modes, source, target);
  if (direct) return [direct];
  const hubs = [...new Set([...PREFERRED_HUBS, ...modes.map((m) => m.to)])];
  for (const hub of hubs) {
    if (hub === source || hub === target) continue;
    const first = pick(modes, source, hub);
    const second = first && pick(modes, hub, target);
    if (first && second) return [first, second];
  }
  return null;
}

function pick(modes: readonly ApertiumMode[], from: string, to: string): ApertiumMode | undefined {
  const matching = modes.filter((m) => m.from === from && m.to === to);
  return matching.find((m) => !m.variant) ?? matching[0];
}
