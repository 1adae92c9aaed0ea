import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess, runProcessBytes } from '../base/child-process.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { SAMPLE_RATE } from './decoded-audio.js';
import { encodeWav16 } from './wav.js';

/**
 * Test media generated at test time from Debian packages, so nothing binary
 * is committed. Shared by audio, video and speaker tests. A missing package
 * fails with the apt package to install: tests never skip.
 */

/** flite's built-in voices: kal (8 kHz diphone), kal16 (16 kHz diphone), awb, rms, slt (clustergen, 16 kHz). */
export const FLITE_VOICES = ['kal', 'kal16', 'awb', 'rms', 'slt'] as const;
export type FliteVoice = (typeof FLITE_VOICES)[number];

/** Where Debian's `pocketsphinx-testdata` puts its LibriVox clips. */
export const LIBRIVOX_DIR = '/usr/share/pocketsphinx/test/data/librivox';

/** A LibriVox recording with its human transcript. */
export interface LibrivoxClip {
  id: string;
  path: string;
  /** Lower-case words, no punctuation, sentence markers removed. */
  reference: string;
}

/** Rethrows a missing binary as an error naming the apt package that provides it. */
function needsPackage(aptPackage: string): (err: unknown) => never {
  return (err: unknown) => {
    if (err instanceof ExtractorError && err.code === ExtractorErrorCode.EngineMissing) {
      throw new Error(`${err.message}: install the Debian package "${aptPackage}" (apt-get install ${aptPackage})`, { cause: err });
    }
    throw err;
  };
}

/** Speaks `text` with flite and returns the WAV bytes (16-bit mono; 8 kHz for `kal`, 16 kHz otherwise). */
export async function synthesizeSpeech(text: string, voice: FliteVoice = 'kal16'): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-flite-'));
  try {
    const out = join(dir, 'speech.wav');
    // Text after `-t` is one argv entry: no shell, so quotes and punctuation are safe.
    await runProcess('flite', ['-voice', voice, '-t', text, '-o', out], { timeoutMs: 30_000, label: `flite -voice ${voice}` }).catch(needsPackage('flite'));
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `ms` of digital silence as a 16 kHz 16-bit mono WAV. */
export function silence(ms: number, sampleRate: number = SAMPLE_RATE): Buffer {
  return encodeWav16(new Float32Array(Math.round((ms / 1000) * sampleRate)), sampleRate);
}

/** The LibriVox clips of `pocketsphinx-testdata`, with their reference transcripts. */
export async function librivoxClips(dir: string = LIBRIVOX_DIR): Promise<LibrivoxClip[]> {
  const transcription = await readFile(join(dir, 'transcription'), 'utf8').catch((cause: unknown) => {
    throw new Error(`no LibriVox clips in ${dir}: install the Debian package "pocketsphinx-testdata" (apt-get install pocketsphinx-testdata)`, { cause });
  });
  const clips: LibrivoxClip[] = [];
  for (const line of transcription.split('\n')) {
    // "<s> words … </s> (file-id)"
    const match = /^(.*)\(([^)]+)\)\s*$/u.exec(line.trim());
    if (!match?.[1] || !match[2]) continue;
    const path = join(dir, `${match[2]}.wav`);
    await access(path);
    const reference = match[1].replace(/<\/?s>/gu, ' ').replace(/\s+/gu, ' ').trim();
    clips.push({ id: match[2], path, reference });
  }
  if (clips.length === 0) throw new Error(`${dir}/transcription lists no clips`);
  return clips;
}

/**
 * Runs ffmpeg with `args` (inputs, filters, output options; the output goes
 * to a temporary file named `out.<extension>`) and returns the file's bytes.
 * A file rather than a pipe because MP4 cannot be written to a pipe.
 */
export async function ffmpegGenerate(args: readonly string[], extension: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-ffmpeg-'));
  try {
    const out = join(dir, `out.${extension}`);
    await runProcessBytes('ffmpeg', ['-nostdin', '-v', 'error', '-y', ...args, out], { timeoutMs: 60_000, label: 'ffmpeg (test media)' }).catch(
      needsPackage('ffmpeg'),
    );
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs ffmpeg over in-memory inputs written to temporary files; `{0}`, `{1}`… in `args` stand for the inputs' paths. */
export async function ffmpegTransform(inputs: readonly Uint8Array[], args: readonly string[], extension: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-ffmpeg-in-'));
  try {
    const paths = await Promise.all(
      inputs.map(async (bytes, i) => {
        const path = join(dir, `in${i}`);
        await writeFile(path, bytes);
        return path;
      }),
    );
    return await ffmpegGenerate(args.map((a) => a.replace(/\{(\d+)\}/gu, (_, i: string) => paths[Number(i)] ?? a)), extension);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
