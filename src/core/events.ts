import type { Redis } from 'ioredis';
import { logger } from '../observability/logger.ts';
import type { CoreEvent } from './core.ts';
import type { EventPublisher } from './ports.ts';

/**
 * Approval updates over Redis pub/sub on `${prefix}:events`, so that every replica's listeners hear every change,
 * whichever replica (or worker process) made it. The subscriber connection opens on the first listener.
 */
export class EventBus implements EventPublisher {
  readonly #pub: Redis;
  readonly #channel: string;
  readonly #listeners = new Set<(e: CoreEvent) => void>();
  #sub: Redis | undefined;
  #subscribed: Promise<unknown> | undefined;

  constructor(pub: Redis, prefix: string) {
    this.#pub = pub;
    this.#channel = `${prefix}:events`;
  }

  async publish(event: CoreEvent): Promise<void> {
    await this.#pub.publish(this.#channel, JSON.stringify(event));
  }

  /** Adds a listener; resolves `ready` once Redis confirmed the subscription (events before that are not seen). */
  on(listener: (e: CoreEvent) => void): { off: () => void; ready: Promise<unknown> } {
    this.#listeners.add(listener);
    if (!this.#sub) {
      // A subscriber connection takes no pipelined commands, whatever the commands connection does.
      const sub = this.#pub.duplicate({ enableAutoPipelining: false });
      this.#sub = sub;
      sub.on('message', (_channel: string, message: string) => this.#dispatch(message));
      sub.on('error', (err: Error) => logger.warn({ err: err.message }, 'redis subscriber connection lost; reconnecting'));
      this.#subscribed = sub.subscribe(this.#channel);
    }
    return { off: () => this.#listeners.delete(listener), ready: this.#subscribed ?? Promise.resolve() };
  }

  #dispatch(message: string): void {
    const event = JSON.parse(message) as CoreEvent;
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (err) {
        logger.warn({ err: (err as Error).message }, 'an event listener failed');
      }
    }
  }

  async close(): Promise<void> {
    this.#listeners.clear();
    await this.#sub?.quit();
    this.#sub = undefined;
  }
}
