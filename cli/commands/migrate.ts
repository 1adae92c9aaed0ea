import type { Command } from 'commander';
import { migrate } from '../../graph-schema/index.js';
import { runWithRuntime } from '../command-runner.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending schema migrations and wait for indexes to come online')
    .action(async () => {
      await runWithRuntime(async ({ gateway, config, logger }) => {
        const { applied, current } = await migrate({ gateway, dims: config.embeddings, logger });
        console.log(applied.length === 0 ? 'No pending migrations.' : `Applied migrations: ${applied.join(', ')}`);
        console.log(`Schema version: ${current}`);
      });
    });
}
