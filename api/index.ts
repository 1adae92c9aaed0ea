export { createApi, startApiServer, DEFAULT_LIMITS, type Api, type ApiOptions, type ApiServerOptions, type QueryLimits, type RunningApi } from './server.js';
export { createApiServices, type ApiDeps, type ApiServices, type ApiServicesOptions, type PredictEngines } from './deps.js';
export { createContextInner, type ApiContext } from './context.js';
export { ROLE_SCOPES, SCOPES, type Principal, type Scope } from './auth.js';
export { ClientErrorCode } from './errors.js';
export { getSchema } from './schema/index.js';
