/**
 * Face-match calibration on the real photos installed offline:
 *
 *   npx tsx extractors/vision/calibrate-faces.ts
 *
 * Genuine pairs: each person's first photo against generated variants of it
 * (mirror, crop, rotation, brightness, resize, JPEG) and against independent
 * photos of the same person where one exists. Impostor pairs: every two
 * photos of different people. Prints markdown tables for the README and the
 * chosen threshold. Writes nothing.
 */
import { chooseThreshold, summarise, type Summary } from './calibration-stats.js';
import { CALIBRATION_IDENTITIES, type CalibrationPhoto } from './calibration-photos.js';
import { HumanFaceDetector, type FaceDetection } from './detect-faces.js';
import { faceSimilarity } from './face-match.js';
import { cropRegion, GENUINE_VARIANTS, loadPhoto, type GenuineVariant } from './photo-fixtures.js';
import type { RgbImage } from './rgb-image.js';

/** Lower than the detector's default so that small and turned faces are still measured. */
const CALIBRATION_MIN_SCORE = 0.3;

interface MeasuredPhoto {
  person: string;
  label: string;
  image: RgbImage;
  face: FaceDetection;
}

interface Pair {
  a: string;
  b: string;
  similarity: number;
}

const print = (text = ''): void => void process.stdout.write(`${text}\n`);
const fixed = (value: number): string => value.toFixed(3);

function largestFace(faces: FaceDetection[]): FaceDetection | undefined {
  return faces.reduce<FaceDetection | undefined>((best, face) => (best && best.box.w * best.box.h >= face.box.w * face.box.h ? best : face), undefined);
}

async function decode({ photo, region }: CalibrationPhoto): Promise<RgbImage> {
  const image = await loadPhoto(photo);
  return region ? cropRegion(image, region) : image;
}

function summaryRow(name: string, s: Summary): string {
  return `| ${name} | ${s.count} | ${fixed(s.min)} | ${fixed(s.p05)} | ${fixed(s.median)} | ${fixed(s.p95)} | ${fixed(s.max)} |`;
}

async function measurePhotos(detector: HumanFaceDetector): Promise<MeasuredPhoto[]> {
  const measured: MeasuredPhoto[] = [];
  print('| person | photo | face box (x,y,w,h) | score | quality |\n|---|---|---|---|---|');
  for (const { person, photos } of CALIBRATION_IDENTITIES) {
    for (const photo of photos) {
      const image = await decode(photo);
      const face = largestFace(await detector.run(image));
      const { x, y, w, h } = face?.box ?? { x: 0, y: 0, w: 0, h: 0 };
      print(`| ${person} | ${photo.label} | ${face ? `${x},${y},${w},${h}` : 'no face'} | ${face ? fixed(face.score) : '–'} | ${face ? fixed(face.quality) : '–'} |`);
      if (face) measured.push({ person, label: photo.label, image, face });
    }
  }
  return measured;
}

interface VariantPair extends Pair {
  variant: GenuineVariant;
}

/** Each person's first photo against its variants; a variant where no face is found is reported as missed. */
async function variantPairs(detector: HumanFaceDetector, photos: MeasuredPhoto[]): Promise<{ pairs: VariantPair[]; missed: VariantPair[] }> {
  const pairs: VariantPair[] = [];
  const missed: VariantPair[] = [];
  const firstPhotos = photos.filter((p, i) => photos.findIndex((q) => q.person === p.person) === i);
  for (const [variant, vary] of Object.entries(GENUINE_VARIANTS) as [GenuineVariant, (typeof GENUINE_VARIANTS)[GenuineVariant]][]) {
    for (const { person, label, image, face } of firstPhotos) {
      const variantFace = largestFace(await detector.run(await vary(image, face.box)));
      const pair = { variant, a: `${person}: ${label}`, b: variant, similarity: variantFace ? faceSimilarity(face.descriptor, variantFace.descriptor) : Number.NaN };
      (variantFace ? pairs : missed).push(pair);
    }
  }
  return { pairs, missed };
}

function photoPairs(photos: MeasuredPhoto[], samePerson: boolean): Pair[] {
  const pairs: Pair[] = [];
  photos.forEach((a, i) =>
    photos.slice(i + 1).forEach((b) => {
      if ((a.person === b.person) === samePerson) pairs.push({ a: `${a.person}: ${a.label}`, b: `${b.person}: ${b.label}`, similarity: faceSimilarity(a.face.descriptor, b.face.descriptor) });
    }),
  );
  return pairs;
}

async function main(): Promise<void> {
  const detector = new HumanFaceDetector({ minScore: CALIBRATION_MIN_SCORE });
  try {
    print('## Photos\n');
    const photos = await measurePhotos(detector);

    print('\n## Genuine: photo vs generated variant (one per person)\n');
    print('| variant | pairs | missed | min | median | max |\n|---|---|---|---|---|---|');
    const { pairs: variantResults, missed } = await variantPairs(detector, photos);
    for (const variant of Object.keys(GENUINE_VARIANTS) as GenuineVariant[]) {
      const s = summarise(variantResults.filter((p) => p.variant === variant).map((p) => p.similarity));
      print(`| ${variant} | ${s.count} | ${missed.filter((p) => p.variant === variant).length} | ${fixed(s.min)} | ${fixed(s.median)} | ${fixed(s.max)} |`);
    }
    print('\nNo face found in:');
    for (const pair of missed) print(`- ${pair.a}, ${pair.variant}`);
    print('\nLeast similar variant pairs:');
    for (const pair of [...variantResults].sort((x, y) => x.similarity - y.similarity).slice(0, 5)) print(`- ${fixed(pair.similarity)}  ${pair.a}, ${pair.variant}`);
    const variants = variantResults.map((p) => p.similarity);

    print('\n## Genuine: independent photos of the same person\n');
    const independent = photoPairs(photos, true);
    for (const pair of independent) print(`- ${fixed(pair.similarity)}  ${pair.a}  ↔  ${pair.b}`);

    const impostors = photoPairs(photos, false).sort((x, y) => y.similarity - x.similarity);
    print('\n## Most similar impostor pairs\n');
    for (const pair of impostors.slice(0, 5)) print(`- ${fixed(pair.similarity)}  ${pair.a}  ↔  ${pair.b}`);

    const genuine = [...variants, ...independent.map((p) => p.similarity)];
    const impostor = impostors.map((p) => p.similarity);
    print('\n## Distributions (cosine similarity)\n');
    print('| pairs | n | min | p05 | median | p95 | max |\n|---|---|---|---|---|---|---|');
    print(summaryRow('genuine: variants', summarise(variants)));
    if (independent.length > 0) print(summaryRow('genuine: independent photos', summarise(independent.map((p) => p.similarity))));
    print(summaryRow('impostor', summarise(impostor)));

    print('\n## Threshold\n');
    for (const [name, values] of [['variants only', variants], ['all genuine', genuine]] as const) {
      const choice = chooseThreshold(values, impostor);
      print(`- ${name}: ${fixed(choice.threshold)} (${choice.method}; false match ${fixed(choice.falseMatchRate)}, false non-match ${fixed(choice.falseNonMatchRate)})`);
    }
  } finally {
    await detector.dispose();
  }
}

await main();
