import type { Command } from 'commander';
import { mergeEntities } from '../../graph-schema/index.js';
import { runWithRuntime } from '../command-runner.js';

export function registerMergeCommand(program: Command): void {
  program
    .command('merge')
    .description('say two entities are one: <from>\'s mentions, relations, names and identities move to <into>, and <from> is deleted (undo with kg split <into> <from>)')
    .argument('<into>', 'entity id that remains')
    .argument('<from>', 'entity id folded into it (same type)')
    .action(async (into: string, from: string) => {
      await runWithRuntime(async ({ gateway }) => {
        const r = await mergeEntities(gateway, into, from);
        const dropped = r.droppedEvidence > 0 ? ` (${r.droppedEvidence} about the two of them dropped)` : '';
        console.log(
          `Merged ${from} into ${into}: ${r.movedMentions} mention(s), ${r.movedEvidence} piece(s) of evidence${dropped}, ${r.movedIdentities} identity label(s). Undo: kg split ${into} ${from}`,
        );
        return 0;
      });
    });
}
