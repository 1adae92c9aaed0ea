import { spawn } from 'node:child_process';
import { Neo4jProvisionError } from './errors.js';

export interface CommandResult {
  exitCode: number;
  /** stdout and stderr interleaved, for error messages. */
  output: string;
}

/**
 * Runs a short-lived tool (mvn, java) to completion. A missing binary becomes a
 * Neo4jProvisionError naming what to install, instead of a bare ENOENT.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; installHint: string },
): Promise<CommandResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'ENOENT'
          ? new Neo4jProvisionError(`\`${command}\` is not on PATH. ${options.installHint}`)
          : new Neo4jProvisionError(`Could not run ${command}: ${err.message}`),
      );
    });
    child.on('close', (code, signal) => {
      resolvePromise({ exitCode: code ?? (signal ? 128 : 1), output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

export function lastLines(text: string, count: number): string {
  const lines = text.trimEnd().split('\n');
  return lines.slice(-count).join('\n');
}
