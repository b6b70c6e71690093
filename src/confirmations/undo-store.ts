import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { ChangeSchema } from '../catalog/tool.ts';
import type { ExecutedWrite } from './inverse.ts';

const ExecutedWriteSchema = z.object({
  requestId: z.string(),
  tool: z.string(),
  args: z.record(z.string(), z.unknown()),
  changes: z.array(ChangeSchema),
  data: z.unknown().optional(),
});

/** How long an executed write can be undone by its id. */
const TTL_SECONDS = 7 * 24 * 3600;

/** Executed writes by undo id (`und_…`, or the approval id of an approved write), for `coxswain undo ID`. */
export class UndoStore {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(redis: Redis, prefix: string) {
    this.#redis = redis;
    this.#prefix = prefix;
  }

  async save(
    write: ExecutedWrite,
    id = `und_${randomBytes(8).toString('base64url').slice(0, 10).toLowerCase().replace(/[-_]/g, 'x')}`,
  ) {
    await this.#redis.set(`${this.#prefix}:undo:${id}`, JSON.stringify(ExecutedWriteSchema.parse(write)), 'EX', TTL_SECONDS);
    return id;
  }

  async get(id: string): Promise<ExecutedWrite | undefined> {
    const json = await this.#redis.get(`${this.#prefix}:undo:${id}`);
    return json ? ExecutedWriteSchema.parse(JSON.parse(json)) : undefined;
  }
}
