import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { samplePhoto } from '../extractors/image/test-media.js';
import { personRefForName } from '../extractors/resolve/index.js';
import { createIngestEngines } from '../jobs/create-ingest.js';
import { sourceIdForPath } from '../jobs/index.js';
import { deleteAfterFile, namespace, useGraph } from './support/graph.js';

const runtime = useGraph();
const engines = createIngestEngines(runtime, { embeddings: false });
afterAll(() => engines.dispose());
const CLI_TIMEOUT_MS = 120_000;

function kg(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'cli/kg.ts', ...args], { env: { ...process.env, LOG_LEVEL: 'silent' }, timeout: CLI_TIMEOUT_MS }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('kg biometric commands', () => {
  it('finds a stored face from another photo, labels its identity, lists it, and forgets the person', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-cli-bio-'));
    const ns = namespace('clibio');
    const stored = join(dir, `${ns}-messi.jpg`);
    await writeFile(stored, await readFile(samplePhoto('messi5.jpg')));
    const sourceId = sourceIdForPath(stored);
    deleteAfterFile(sourceId);
    await engines.ingest({ path: stored, name: `${ns}-messi.jpg`, sourceId }, { progress: () => Promise.resolve() });
    const [face] = await runtime.gateway.executeRead(async (tx) =>
      (await tx.run('MATCH (:Source {id: $sourceId})-[:HAS_SEGMENT]->()-[:HAS_FACE]->(f)-[:OF_IDENTITY]->(i) RETURN f.id AS face, i.id AS identity', { sourceId })).records.map((r) => r.toObject() as { face: string; identity: string }),
    );
    expect(face).toBeDefined();

    const probe = join(dir, 'probe.png');
    await writeFile(probe, await sharp(await readFile(samplePhoto('messi5.jpg'))).flop().png().toBuffer());
    const found = await kg('find-face', probe, '--first', '50');
    expect(found.code).toBe(0);
    expect(found.stdout).toContain(sourceId);

    // Messi's face is in no other test's graph data, so forgetting him touches this test's faces alone.
    const name = `Lionel Messi ${ns}`;
    const labelled = await kg('label-face', face?.face ?? '', name);
    expect(labelled.code).toBe(0);
    expect(labelled.stdout).toContain(`is now`);
    const person = personRefForName(name);
    expect(labelled.stdout).toContain(person.id);

    const listed = await kg('identities', 'face', '--limit', '100000');
    const row = listed.stdout.split('\n').find((line) => line.includes(person.id));
    expect(row).toContain(name);

    const forgotten = await kg('forget-person', person.id);
    expect(forgotten.code).toBe(0);
    expect(forgotten.stdout).toMatch(/Deleted [1-9]\d* face\(s\)/);
    const left = await runtime.gateway.executeRead(async (tx) => (await tx.run('MATCH (f:Face {id: $id}) RETURN count(f) AS n', { id: face?.face })).records[0]?.get('n') as number);
    expect(left).toBe(0);

    const missing = await kg('label-face', 'no-such-face', 'Nobody');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no face or face identity with id "no-such-face"');
  }, 4 * CLI_TIMEOUT_MS);
});
