import type { Command } from 'commander';
import { forgetPerson, labelIdentity, listIdentities, type BiometricKind } from '../../graph-schema/index.js';
import { personRefForName } from '../../extractors/resolve/index.js';
import { runWithRuntime } from '../command-runner.js';
import { formatTable } from '../format.js';

function registerLabel(program: Command, command: string, kind: BiometricKind, what: string): void {
  program
    .command(command)
    .description(`say who a ${what} is: the whole identity cluster it belongs to is linked to that Person entity`)
    .argument('<id>', `${what} id or identity id (see kg identities ${kind})`)
    .argument('<name>', 'the person\'s name, e.g. "Ada Lovelace"')
    .action(async (id: string, name: string) => {
      await runWithRuntime(async ({ gateway }) => {
        if (!name.trim()) {
          console.error('A name is required.');
          return 2;
        }
        const result = await labelIdentity(gateway, kind, id, personRefForName(name));
        const person = result.createdPerson ? 'new Person' : 'Person';
        console.log(`Identity ${result.identityId} (${result.biometrics} ${kind}${result.biometrics === 1 ? '' : 's'}) is now ${person} ${result.personId} "${name.trim()}".`);
        return 0;
      });
    });
}

export function registerBiometricCommands(program: Command): void {
  program
    .command('identities')
    .description('face or speaker identity clusters, largest first, with the person they are labelled as')
    .argument('[kind]', 'face or voice', 'face')
    .option('--limit <n>', 'how many', '50')
    .action(async (kind: string, options: { limit: string }) => {
      if (kind !== 'face' && kind !== 'voice') {
        console.error('kind must be face or voice');
        process.exitCode = 2;
        return;
      }
      await runWithRuntime(async ({ gateway }) => {
        const rows = await listIdentities(gateway, kind, Math.max(1, Number.parseInt(options.limit, 10) || 50));
        if (rows.length === 0) {
          console.log(`No ${kind} identities yet.`);
          return 0;
        }
        console.log(formatTable(['identity', 'members', 'sources', 'person', 'person id'], rows.map((r) => [r.id, r.members, r.sources, r.personName ?? '-', r.personId ?? '-']), { maxCellWidth: 80 }));
        return 0;
      });
    });
  registerLabel(program, 'label-face', 'face', 'face');
  registerLabel(program, 'label-speaker', 'voice', 'voice');
  program
    .command('forget-person')
    .description('delete every face and voice attributed to a person, and their identities (what texts say about them stays)')
    .argument('<entity>', 'the Person entity id')
    .action(async (entityId: string) => {
      await runWithRuntime(async ({ gateway }) => {
        const result = await forgetPerson(gateway, entityId);
        console.log(`Deleted ${result.faces} face(s), ${result.voices} voice(s), ${result.identities} identity cluster(s) and ${result.segments} segment(s) of ${entityId}.`);
        return 0;
      });
    });
}
