import { createLogger, loadConfig, type Config, type Logger } from '../config/index.js';
import { GraphGateway, GraphWriter } from '../graph-schema/index.js';

/** What a command needs to talk to the graph; created once per process and closed on exit. */
export interface Runtime {
  config: Config;
  logger: Logger;
  gateway: GraphGateway;
  writer: GraphWriter;
  close(): Promise<void>;
}

export function createRuntime(config: Config = loadConfig(), name = 'kg'): Runtime {
  const logger = createLogger(config, name);
  const gateway = new GraphGateway({ neo4j: config.neo4j, logger, defaultTimeoutMs: config.limits.queryTimeoutMs, app: name });
  const writer = new GraphWriter({ gateway, logger, batchSize: config.limits.writeBatchSize });
  return { config, logger, gateway, writer, close: () => gateway.close() };
}
