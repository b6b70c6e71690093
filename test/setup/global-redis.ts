import type { TestProject } from 'vitest/node';
import { type PrivateRedis, startRedis } from '../helpers/redis.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

let redis: PrivateRedis | undefined;

/** One private Redis for the run (REDIS_URL overrides); tests isolate themselves with key prefixes. */
export async function setup(project: TestProject) {
  if (process.env.REDIS_URL) {
    project.provide('redisUrl', process.env.REDIS_URL);
    return;
  }
  redis = await startRedis();
  project.provide('redisUrl', redis.url);
}

export async function teardown() {
  await redis?.stop();
}
