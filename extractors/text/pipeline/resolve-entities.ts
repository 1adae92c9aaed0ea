import type { EntityType } from '../../../graph-schema/index.js';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import { englishValueName, Resolver, resolveWithinDocument, type FindCandidates, type Resolution } from '../../resolve/index.js';
import type { Translator } from '../../translate/index.js';
import type { AnalysedMention } from './analyze-document.js';

/** One entity of a document after resolution, and which of the document's mentions refer to it. */
export interface ResolvedEntity {
  id: string;
  type: EntityType;
  /** Canonical (English pivot) name, used when the entity is new. */
  name: string;
  key: string;
  /** Name per language, e.g. `{ zh: '北京', en: 'Beijing' }`. */
  names: Record<string, string>;
  aliases: string[];
  /** Cross-document rule: `new`, or why it joined an existing entity. */
  resolution: Resolution;
}

export interface MentionResolution {
  entity: number;
  /** `self`, or the within-document rule that linked a short form ("Cook" → "Tim Cook"). */
  withinRule: string;
  withinScore: number;
}

export interface DocumentResolution {
  entities: ResolvedEntity[];
  /** Per analysed mention, parallel to the input. */
  mentions: MentionResolution[];
  /** How each non-English name got its English form, for the run's provenance. */
  translations: { source: string; text: string | null; engine: string }[];
}

/**
 * Names per language first (gazetteer canonical, a bracketed Latin name, or a
 * term translation), then short forms inside the document, then the
 * cross-document resolver against what the graph already holds.
 */
export async function resolveDocumentEntities(
  mentions: readonly AnalysedMention[],
  language: string,
  deps: { translator: Translator; findCandidates: FindCandidates },
): Promise<DocumentResolution> {
  const english = await englishNames(mentions, language, deps.translator);
  const within = resolveWithinDocument(mentions.map((m) => ({ text: m.text, type: m.type, start: m.start, end: m.end, language: m.language })));

  const clusterMentions = within.clusters.map((cluster) => {
    const names: Record<string, string> = {};
    for (const member of cluster.members) {
      const m = mentions[member];
      if (!m) continue;
      const en = english.byMention[member];
      if (en && names.en === undefined) names.en = en;
    }
    const canonical = mentions[cluster.canonical];
    if (canonical && canonical.language !== 'en') names[canonical.language] = cluster.name;
    if (canonical?.language === 'en') names.en = english.byMention[cluster.canonical] ?? cluster.name;
    // Every member with a transliteration is written like the canonical name (same key), so any one's spellings serve.
    const transliteration = [cluster.canonical, ...cluster.members].map((i) => english.spellings[i]).find(Boolean);
    return { type: cluster.type, name: cluster.name, language: canonical?.language ?? language, names, aliases: cluster.aliases, ...(transliteration ? { transliteration } : {}) };
  });

  const resolutions = await new Resolver({ findCandidates: deps.findCandidates }).resolve(clusterMentions);
  const entities: ResolvedEntity[] = within.clusters.map((cluster, i) => {
    const resolution = resolutions[i] as Resolution;
    const mention = clusterMentions[i];
    return {
      id: resolution.entityId,
      type: cluster.type,
      name: resolution.name,
      key: resolution.key,
      names: mention?.names ?? {},
      aliases: [...new Set([cluster.name, ...cluster.aliases])],
      resolution,
    };
  });

  const byMention: MentionResolution[] = mentions.map(() => ({ entity: -1, withinRule: 'self', withinScore: 1 }));
  within.clusters.forEach((cluster, entity) => {
    for (const member of cluster.members) byMention[member] = { entity, withinRule: 'self', withinScore: 1 };
  });
  for (const link of within.links) {
    const current = byMention[link.mention];
    if (current) byMention[link.mention] = { ...current, withinRule: link.rule, withinScore: link.score };
  }
  return { entities: mergeSameId(entities, byMention), mentions: byMention, translations: english.log };
}

/**
 * The English form of each mention's name, where one can be had, and for a
 * transliterated name ("安娜·韦伯") the Latin spellings it may stand for.
 */
async function englishNames(mentions: readonly AnalysedMention[], language: string, translator: Translator) {
  const byMention: (string | undefined)[] = mentions.map((m) =>
    m.language === 'en' ? (m.canonical ?? m.text) : (m.canonical ?? m.latinAlias ?? valueName(m)),
  );
  const spellings: (string[][][] | undefined)[] = mentions.map(() => undefined);
  const log: DocumentResolution['translations'] = [];
  const missing = mentions.map((m, i) => ({ m, i })).filter(({ i }) => byMention[i] === undefined);
  if (missing.length === 0 || language === 'en' || language === 'und') return { byMention, spellings, log };
  const unique = [...new Map(missing.map(({ m }) => [`${m.type}|${m.text}`, { text: m.text, type: m.type }])).values()];
  // No engine for this pair (or a misdetected language): names stay as written instead of failing the document.
  const translated = await translator.translateTerms(unique, language).catch((err: unknown) => {
    if (err instanceof ExtractorError && err.code === ExtractorErrorCode.EngineMissing) return [];
    throw err;
  });
  const found = new Map(unique.map((u, i) => [`${u.type}|${u.text}`, translated[i]]));
  for (const { m, i } of missing) {
    const t = found.get(`${m.type}|${m.text}`);
    if (t?.text) byMention[i] = t.text;
    if (t?.spellings) spellings[i] = t.spellings;
  }
  for (const t of translated) log.push({ source: t.source, text: t.text, engine: t.engine });
  return { byMention, spellings, log };
}

/** Money and dates are written in English from their value ("120 millones de dólares" → "$120 million"), not translated word by word. */
function valueName(mention: AnalysedMention): string | undefined {
  return mention.type === 'Money' || mention.type === 'Date' ? englishValueName(mention.text, mention.type, mention.language) : undefined;
}

/**
 * Two clusters of one document can resolve to the same entity (the 'Valencia'
 * trap aside, e.g. 'Naciones Unidas' and 'ONU'): one patch entity each id.
 */
function mergeSameId(entities: ResolvedEntity[], mentions: MentionResolution[]): ResolvedEntity[] {
  const firstIndex = new Map<string, number>();
  const remap = entities.map((e, i) => {
    const first = firstIndex.get(e.id);
    if (first === undefined) {
      firstIndex.set(e.id, i);
      return i;
    }
    const keep = entities[first] as ResolvedEntity;
    keep.names = { ...e.names, ...keep.names };
    keep.aliases = [...new Set([...keep.aliases, ...e.aliases])];
    return first;
  });
  for (const m of mentions) if (m.entity >= 0) m.entity = remap[m.entity] ?? m.entity;
  const kept = [...firstIndex.values()].sort((a, b) => a - b);
  const newIndex = new Map(kept.map((old, i) => [old, i]));
  for (const m of mentions) if (m.entity >= 0) m.entity = newIndex.get(m.entity) ?? -1;
  return kept.map((i) => entities[i] as ResolvedEntity);
}
