import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../graph-schema/ontology.js';
import { entityKey, normalizeName } from './normalize.js';

const same = (type: EntityType, names: string[], language?: string) => new Set(names.map((n) => normalizeName(n, type, language))).size === 1;

describe('normalizeName', () => {
  it.each<[EntityType, string, string]>([
    ['Organization', 'Apple Inc.', 'apple'],
    ['Organization', 'Microsoft Corporation', 'microsoft'],
    ['Organization', 'Huawei Technologies Co., Ltd.', 'huawei technologies'],
    ['Organization', 'Renault S.A.', 'renault'],
    ['Organization', 'Banco Santander, S.A.', 'banco santander'],
    ['Organization', 'Siemens AG', 'siemens'],
    ['Organization', 'Volkswagen GmbH', 'volkswagen'],
    ['Organization', 'Alibaba Group', 'alibaba'],
    ['Organization', "McDonald's Corporation", 'mcdonalds'],
    ['Organization', 'Johnson & Johnson', 'johnson and johnson'],
    ['Organization', 'The Beatles', 'beatles'],
    ['Organization', 'U.N.', 'un'],
    ['Organization', '华为技术有限公司', '华为技术'],
    ['Organization', '阿里巴巴集团', '阿里巴巴'],
    ['Organization', 'Ｍｉｃｒｏｓｏｆｔ', 'microsoft'],
    ['Person', 'Dr. Angela Merkel', 'angela merkel'],
    ['Person', 'José García', 'jose garcia'],
    ['Person', 'Mr. President Joe Biden', 'joe biden'],
    ['Person', 'Lech Wałęsa', 'lech walesa'],
    ['Person', 'Angela Merkel, PhD', 'angela merkel'],
    ['Person', '习近平主席', '习近平'],
    ['Person', '张先生', '张'],
    ['Location', 'Straße des 17. Juni', 'strasse des 17 juni'],
    ['Location', '北京', '北京'],
  ])('%s "%s" → "%s"', (type, name, key) => {
    expect(normalizeName(name, type)).toBe(key);
  });

  it('merges the spellings the issue lists', () => {
    expect(same('Organization', ['Apple Inc.', 'Apple', 'APPLE INC', 'apple, inc.'])).toBe(true);
    expect(same('Organization', ['Microsoft Corporation', 'Microsoft', 'Microsoft Corp.'])).toBe(true);
    expect(same('Person', ['José García', 'Jose Garcia', 'JOSÉ GARCÍA'])).toBe(true);
    expect(same('Person', ['Dr. Angela Merkel', 'Angela Merkel', 'Frau Angela Merkel', 'Chancellor Angela Merkel'])).toBe(true);
    expect(same('Person', ['J. R. R. Tolkien', 'J.R.R. Tolkien', 'JRR Tolkien'])).toBe(true);
  });

  it('strips corporate suffixes only from organisations, and honorifics only from people', () => {
    expect(normalizeName('Apple Inc.', 'Product')).toBe('apple inc');
    expect(normalizeName('Dr Pepper', 'Product')).toBe('dr pepper');
    expect(normalizeName('General Motors', 'Organization')).toBe('general motors');
  });

  it('never strips a name to nothing, nor a suffix that is the whole name', () => {
    expect(normalizeName('AG', 'Organization')).toBe('ag');
    expect(normalizeName('President', 'Person')).toBe('president');
    expect(normalizeName('公司', 'Organization')).toBe('公司');
    expect(normalizeName('!!!', 'Concept')).toBe('!!!');
  });

  it('keeps what tells people apart: generational suffixes, different words', () => {
    expect(normalizeName('Martin Luther King Jr.', 'Person')).toBe('martin luther king jr');
    expect(normalizeName('Apple Records', 'Organization')).toBe('apple records');
  });

  it('reads Spanish "D." and "Don" as titles only in Spanish ("Don Johnson" is a name in English)', () => {
    expect(normalizeName('D. Juan Carlos', 'Person', 'es')).toBe('juan carlos');
    expect(normalizeName('Don Johnson', 'Person', 'en')).toBe('don johnson');
    expect(normalizeName('Don Johnson', 'Person')).toBe('don johnson');
  });

  it('does not decompose Chinese, Japanese or Korean characters', () => {
    expect(normalizeName('東京', 'Location')).toBe('東京');
    expect(normalizeName('서울', 'Location')).toBe('서울');
    expect(normalizeName('ガス', 'Product')).toBe('ガス');
    expect(normalizeName('唐纳德·特朗普', 'Person')).toBe('唐纳德特朗普');
  });

  it('prefixes the type in the entity key, so a person and a place never share one', () => {
    expect(entityKey('Person', 'Washington')).toBe('Person:washington');
    expect(entityKey('Location', 'Washington')).toBe('Location:washington');
  });
});
