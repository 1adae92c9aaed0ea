import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createMediaExtractors } from '../../extractors/media/create-media.js';
import { findNearestBiometrics } from '../../graph-schema/index.js';
import { runWithRuntime } from '../command-runner.js';
import { formatTable } from '../format.js';

export function registerFindFaceCommand(program: Command): void {
  program
    .command('find-face')
    .description('find the stored faces most like each face in an image ("find this face"); biometric search')
    .argument('<image>', 'a photo')
    .option('--first <n>', 'matches per face', '5')
    .action(async (path: string, options: { first: string }) => {
      await runWithRuntime(async ({ config, gateway }) => {
        if (!config.media.biometrics) {
          console.error('Biometric extraction is switched off (BIOMETRICS_ENABLED=false).');
          return 2;
        }
        const extractors = await createMediaExtractors({ media: config.media, models: { dir: config.modelsDir, asr: config.neural.asr } });
        try {
          const image = await extractors.decodeImage(await readFile(path), { fileName: path });
          const faces = (await extractors.raw.faces?.run(image)) ?? [];
          if (faces.length === 0) {
            console.log('No face found in the image.');
            return 0;
          }
          const k = Math.max(1, Number.parseInt(options.first, 10) || 5);
          for (const [i, face] of faces.entries()) {
            const matches = await findNearestBiometrics(gateway, 'face', face.descriptor, { k, minSimilarity: config.media.faceMatchThreshold });
            console.log(`\nFace ${i + 1} at (${Math.round(face.box.x)}, ${Math.round(face.box.y)}) ${Math.round(face.box.w)}×${Math.round(face.box.h)}, quality ${face.quality.toFixed(2)}:`);
            console.log(
              matches.length === 0
                ? `  no stored face at or above similarity ${config.media.faceMatchThreshold}`
                : formatTable(['similarity', 'face', 'identity', 'person', 'source'], matches.map((m) => [m.similarity.toFixed(3), m.id, m.identityId ?? '-', m.personId ?? '-', m.sourceId])),
            );
          }
          return 0;
        } finally {
          await extractors.dispose();
        }
      });
    });
}
