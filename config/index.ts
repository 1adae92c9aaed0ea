export { loadConfig, ConfigError, ROLES, type Config, type Neo4jConfig, type MediaConfig, type Role } from './env.js';
export { createLogger, type Logger } from './logger.js';
