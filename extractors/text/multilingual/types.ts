import type { Span } from '../../base/contract.js';
import type { EntityMention } from '../ner/index.js';

/** Which rule of this folder produced a mention; finer than `engine`, for debugging and evaluation. */
export type MentionRule =
  | 'gazetteer'
  | 'date'
  | 'money'
  | 'surname'
  | 'transliteration'
  | 'title-transliteration'
  | 'org-suffix'
  | 'event-head'
  | 'jieba-organization'
  | 'jieba-place'
  | 'honorific'
  | 'role-appositive'
  | 'role-of'
  | 'corporate-suffix'
  | 'organization-keyword'
  | 'acronym'
  | 'place-preposition'
  | 'organization-noun'
  | 'organization-verb'
  | 'typer'
  | 'person-verb'
  | 'two-capitalised-words'
  | 'short-form'
  | 'product-noun'
  | 'document-short-form';

/**
 * An `EntityMention` (assignable to it) with offsets into the ORIGINAL
 * Chinese or Spanish text. `engine` is `gazetteer` for table matches and
 * `pattern` for every rule here, jieba-assisted ones included, because the
 * shared `MentionEngine` has no jieba member yet; `rule` says which one.
 */
export interface MultilingualMention extends EntityMention {
  rule: MentionRule;
  /**
   * A Latin-script name written in brackets right after the mention
   * ("埃琳娜·巴尔加斯（Elena Vargas）"), with offsets into the same text. It is
   * the best key for linking the entity across languages.
   */
  latinAlias?: Span;
}
