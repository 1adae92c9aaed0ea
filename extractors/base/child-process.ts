import { spawn } from 'node:child_process';
import { ExtractorError, ExtractorErrorCode } from './errors.js';

export interface RunProcessOptions {
  /** Kills the process and everything it started after this long. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Names the engine in error messages, e.g. "apertium spa-eng". */
  label: string;
  /** Written to the process's stdin, which is then closed; without it stdin is closed at once. */
  input?: Uint8Array;
  /** Kills the process when stdout grows past this (a decoder fed a hostile file must not fill memory). */
  maxOutputBytes?: number;
}

/**
 * Runs a command to completion and returns its stdout as UTF-8. See `runProcessBytes`.
 */
export async function runProcess(command: string, args: readonly string[], options: RunProcessOptions): Promise<string> {
  return (await runProcessBytes(command, args, options)).toString('utf8');
}

/**
 * Runs a command to completion and returns its raw stdout. A missing
 * executable becomes `EngineMissing` (the operator must install something); a
 * crash, non-zero exit or timeout becomes `ModelFailed` (may be transient). An
 * abort rejects with the signal's reason so job cancellation stays visible as
 * such.
 *
 * The command runs in its own process group and a timeout or abort kills the
 * whole group: `apertium` is a shell script driving a pipeline of nine
 * processes, and killing only the script would leave them running.
 */
export function runProcessBytes(command: string, args: readonly string[], options: RunProcessOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    options.signal?.throwIfAborted();
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let stdoutBytes = 0;
    let timedOut = false;
    let overflowed = false;
    const killGroup = () => {
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone: nothing to kill.
        }
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);
    options.signal?.addEventListener('abort', killGroup, { once: true });
    const cleanUp = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', killGroup);
    };

    // A process that exits before reading all its input closes the pipe; its exit code tells what went wrong.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input);
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (options.maxOutputBytes !== undefined && stdoutBytes > options.maxOutputBytes) {
        overflowed = true;
        killGroup();
        return;
      }
      stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      // Only the tail is ever reported; keep memory bounded for chatty tools like ffmpeg.
      stderr.push(chunk);
      if (stderr.length > 64) stderr.splice(0, stderr.length - 64);
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      cleanUp();
      if (err.code === 'ENOENT') {
        return reject(new ExtractorError(ExtractorErrorCode.EngineMissing, `${command} is not installed (needed by ${options.label})`, { cause: err }));
      }
      reject(new ExtractorError(ExtractorErrorCode.ModelFailed, `${options.label} could not run: ${err.message}`, { cause: err }));
    });
    child.on('close', (code, killedBy) => {
      cleanUp();
      if (options.signal?.aborted) return reject(abortReason(options.signal));
      if (overflowed) {
        return reject(new ExtractorError(ExtractorErrorCode.TooLarge, `${options.label} produced more than ${options.maxOutputBytes} bytes of output`));
      }
      if (code === 0) return resolve(Buffer.concat(stdout));
      const detail = Buffer.concat(stderr).toString('utf8').trim().slice(-500);
      const why = timedOut ? `timed out after ${options.timeoutMs} ms` : `exited with ${code ?? killedBy}`;
      reject(new ExtractorError(ExtractorErrorCode.ModelFailed, `${options.label} ${why}${detail ? `: ${detail}` : ''}`));
    });
  });
}

function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error('aborted', { cause: reason });
}
