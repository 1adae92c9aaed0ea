/**
 * Bumped whenever a rule, word list or bundled name table in this folder
 * changes what is recognised or related, so every fact records which rules
 * produced it (it is part of each ModelCard version).
 */
export const MULTILINGUAL_RULES_REVISION = 4;
