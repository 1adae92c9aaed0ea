import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../base/seeded-random.js';
import { enrolSpeaker, identifySpeaker, trainBackground, type EnrolledSpeakers } from './speaker-model.js';

/** Frames around `centre` with unit spread: a stand-in for one speaker's MFCCs. */
function voice(centre: readonly number[], count: number, seed: number): number[][] {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: count }, () => centre.map((c) => c + normal()));
}

const CENTRES = { ann: [4, 0, 0, 0], bob: [0, 4, 0, 0], cat: [0, 0, 4, 0] } as const;
const STRANGER = [0, 0, 0, 6];

function enrolAll(): EnrolledSpeakers {
  const speakers = Object.entries(CENTRES).map(([id, centre], i) => enrolSpeaker(id, voice(centre, 400, i + 1), { components: 4 }));
  // Other voices, none of them enrolled: spread around the origin.
  const background = trainBackground(voice([0, 0, 0, 0], 1200, 99).map((f) => f.map((x) => x * 3)), { components: 8 });
  return { speakers, background };
}

describe('identifySpeaker', () => {
  const enrolled = enrolAll();

  it('names the enrolled speaker of new frames, with a positive margin', () => {
    for (const [id, centre] of Object.entries(CENTRES)) {
      const result = identifySpeaker(voice(centre, 150, 50), enrolled);
      expect(result.speakerId).toBe(id);
      expect(result.bestCandidate).toBe(id);
      expect(result.margin).toBeGreaterThan(1);
      expect(result.score).toBeGreaterThan(2.4);
    }
  });

  it('answers unknown (null) for a voice no enrolled speaker explains', () => {
    const result = identifySpeaker(voice(STRANGER, 150, 51), enrolled);
    expect(result.speakerId).toBeNull();
    expect(Object.keys(CENTRES)).toContain(result.bestCandidate);
    expect(result.score).toBeLessThan(0);
  });

  it('takes the unknown threshold from its options', () => {
    const frames = voice(CENTRES.bob, 150, 52);
    const { score } = identifySpeaker(frames, enrolled);
    expect(identifySpeaker(frames, enrolled, { minScore: score + 0.01 }).speakerId).toBeNull();
    expect(identifySpeaker(frames, enrolled, { minScore: score }).speakerId).toBe('bob');
  });

  it('reports an infinite margin with one speaker enrolled', () => {
    const [first] = enrolled.speakers;
    expect(identifySpeaker(voice(CENTRES.ann, 50, 53), { ...enrolled, speakers: [first!] }).margin).toBe(Infinity);
  });

  it('refuses empty enrolments and empty input', () => {
    expect(() => enrolSpeaker('nobody', [])).toThrow(/nobody/);
    expect(() => identifySpeaker([], enrolled)).toThrow(RangeError);
    expect(() => identifySpeaker([[0, 0, 0, 0]], { ...enrolled, speakers: [] })).toThrow(RangeError);
  });
});
