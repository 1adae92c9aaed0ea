import { Redis } from 'ioredis';

/**
 * BullMQ needs `maxRetriesPerRequest: null` on connections that block
 * (workers, queue events) so a Redis restart pauses work instead of failing it.
 */
export function createRedis(url: string, options: { blocking?: boolean } = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: options.blocking ? null : 3,
    enableOfflineQueue: true,
    lazyConnect: false,
  });
}
