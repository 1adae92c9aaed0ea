import type { Command } from 'commander';
import { listMerges, splitEntity } from '../../graph-schema/index.js';
import { runWithRuntime } from '../command-runner.js';
import { formatTable } from '../format.js';

export function registerSplitCommands(program: Command): void {
  program
    .command('merges')
    .description('list the merges entity resolution made into an entity (rule, score, surfaces)')
    .argument('<entity>', 'entity id')
    .action(async (entityId: string) => {
      await runWithRuntime(async ({ gateway }) => {
        const merges = await listMerges(gateway, entityId);
        if (merges.length === 0) {
          console.log(`No merges into ${entityId}: every mention had its key.`);
          return 0;
        }
        console.log(formatTable(['from', 'name', 'rule', 'score', 'mentions', 'surfaces'], merges.map((m) => [m.ownEntityId, m.name, m.rule, m.score, m.mentions, m.surfaces.join(', ')]), { maxCellWidth: 60 }));
        return 0;
      });
    });
  program
    .command('split')
    .description('undo a merge: move the mentions that came from <from> out of <entity> into their own entity')
    .argument('<entity>', 'entity id the mentions were merged into')
    .argument('<from>', 'the id they would have had on their own (see kg merges)')
    .action(async (entityId: string, from: string) => {
      await runWithRuntime(async ({ gateway }) => {
        const result = await splitEntity(gateway, entityId, from);
        console.log(`Split ${result.movedMentions} mention(s) and ${result.movedEvidence} piece(s) of evidence into ${result.newEntityId}.`);
        return 0;
      });
    });
}
