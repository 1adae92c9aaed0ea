import { Command } from 'commander';
import { registerCommands } from './commands/index.js';

const program = new Command('kg')
  .description('knowledge-graph platform: schema, status and read-only queries')
  .showHelpAfterError('(add --help for usage)');
registerCommands(program);

await program.parseAsync(process.argv);
