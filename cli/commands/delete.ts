import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { sourceIdForPath } from '../../jobs/index.js';
import { runWithRuntime } from '../command-runner.js';

export function registerDeleteCommand(program: Command): void {
  program
    .command('delete')
    .description('remove a source and every fact only it supported (entities other sources mention stay)')
    .argument('<source>', 'a source id (file:…) or the path of an ingested file')
    .action(async (source: string) => {
      await runWithRuntime(async ({ writer }) => {
        const id = source.startsWith('file:') || !existsSync(source) ? source : sourceIdForPath(source);
        const removed = await writer.deleteSourceTree(id);
        if (removed.length === 0) {
          console.error(`No source ${id}.`);
          return 1;
        }
        console.log(`Deleted ${removed.length} source(s): ${removed.join(', ')}`);
        return 0;
      });
    });
}
