import type { Command } from 'commander';
import { registerBiometricCommands } from './biometrics.js';
import { registerFindFaceCommand } from './find-face.js';
import { registerCypherCommand } from './cypher.js';
import { registerDeleteCommand } from './delete.js';
import { registerIngestCommand } from './ingest.js';
import { registerJobsCommand } from './jobs.js';
import { registerMergeCommand } from './merge.js';
import { registerSplitCommands } from './split.js';
import { registerMigrateCommand } from './migrate.js';
import { registerStatusCommand } from './status.js';

/** Every `kg` subcommand; a new command is one file here plus one line in this list. */
const COMMANDS: readonly ((program: Command) => void)[] = [
  registerMigrateCommand,
  registerStatusCommand,
  registerCypherCommand,
  registerIngestCommand,
  registerJobsCommand,
  registerDeleteCommand,
  registerSplitCommands,
  registerMergeCommand,
  registerBiometricCommands,
  registerFindFaceCommand,
];

export function registerCommands(program: Command): void {
  for (const register of COMMANDS) register(program);
}
