import { describe, expect, it } from 'vitest';
import { recognizeEntities } from './index.js';
import { truecase } from './truecase.js';

describe('truecase', () => {
  it('capitalises names compromise knows, sentence starts and "i", keeping every offset', () => {
    const heard = 'angela merkel met barack obama in berlin yesterday. then i flew to paris.';
    const cased = truecase(heard);
    expect(cased).toBe('Angela Merkel met Barack Obama in Berlin yesterday. Then I flew to Paris.');
    expect(cased).toHaveLength(heard.length);
  });

  it('lets the entity recogniser find names in a lower-case transcript', () => {
    const heard = 'angela merkel met barack obama in berlin yesterday';
    expect(recognizeEntities(heard).map((m) => m.text)).not.toContain('Berlin');
    const names = recognizeEntities(truecase(heard)).map((m) => [m.text, m.type]);
    expect(names).toEqual(expect.arrayContaining([['Angela Merkel', 'Person'], ['Berlin', 'Location']]));
  });

  it('leaves text that already has capitals alone', () => {
    expect(truecase('The iPhone was made by apple.')).toBe('The iPhone was made by apple.');
  });
});
