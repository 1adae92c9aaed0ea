/**
 * `npm run neo4j -- start|stop|status|logs [-n N]|install`
 * Thin CLI over scripts/neo4j/; the same functions back `npm start` and tests.
 */
import { loadConfig } from '../config/index.js';
import {
  ensureNeo4jRunning,
  installNeo4j,
  neo4jHome,
  neo4jStatus,
  Neo4jProvisionError,
  stopNeo4j,
  tailFile,
} from './neo4j/index.js';

const USAGE = 'usage: npm run neo4j -- start | stop | status | logs [-n LINES] | install';
/** `status` exit code when the server does not answer (mirrors the official launcher). */
const EXIT_NOT_RUNNING = 3;

function parseLineCount(args: readonly string[]): number {
  const flag = args.indexOf('-n');
  if (flag === -1) return 40;
  const count = Number(args[flag + 1]);
  if (!Number.isInteger(count) || count <= 0) throw new Neo4jProvisionError(`-n needs a positive whole number. ${USAGE}`);
  return count;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command = '', ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'start':
      await ensureNeo4jRunning(config);
      return 0;
    case 'stop':
      await stopNeo4j(config);
      return 0;
    case 'status': {
      const status = await neo4jStatus(config);
      const where = status.managed ? `local server in ${status.home}` : 'external server (NEO4J_URI)';
      console.log(`${where}\n  bolt:    ${status.uri}\n  pid:     ${status.pid ?? '-'}`);
      if (status.probe.state === 'ready') {
        console.log(`  state:   running, Neo4j ${status.probe.version} (${status.probe.edition})`);
        return 0;
      }
      const state = status.probe.state === 'rejected' ? 'answering but refused us' : 'not answering';
      console.log(`  state:   ${state} (${status.probe.reason})`);
      return EXIT_NOT_RUNNING;
    }
    case 'logs': {
      if (!config.neo4j.managed) {
        console.log('NEO4J_URI is set: the server is external, so there are no local logs.');
        return 0;
      }
      const home = neo4jHome(config.neo4j);
      const lines = parseLineCount(rest);
      for (const file of [home.consoleLog, home.neo4jLog]) {
        console.log(`==> ${file} <==\n${(await tailFile(file, lines)) ?? '(no such file yet)'}\n`);
      }
      return 0;
    }
    case 'install':
      if (!config.neo4j.managed) {
        console.log('NEO4J_URI is set: using an external server, nothing to install.');
        return 0;
      }
      if ((await installNeo4j(neo4jHome(config.neo4j), console.log)) === 'already-installed') {
        console.log(`Neo4j already installed in ${neo4jHome(config.neo4j).lib}.`);
      }
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

let exitCode: number;
try {
  exitCode = await main(process.argv.slice(2));
} catch (err) {
  // Expected failures carry an actionable message; anything else keeps its stack.
  console.error(err instanceof Neo4jProvisionError ? `neo4j: ${err.message}` : err);
  exitCode = 1;
}
// Exit explicitly: a driver socket to a server that died mid-handshake can
// otherwise hold the event loop open long after the answer is printed.
process.exit(exitCode);
