import { createConnection, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  /** The proxy's port on 127.0.0.1 (point a client at it instead of the real server). */
  port: number;
  /** Stops moving bytes either way on every connection, open or new: the connection stalls but stays up. */
  pause(): void;
  /** Moves the held bytes on and carries on. */
  resume(): void;
  /** Connections opened through the proxy so far. */
  readonly connections: number;
  close(): Promise<void>;
}

/**
 * A TCP proxy in the test process in front of a server (e.g. Redis) that can stall traffic: a network that
 * hangs without resetting, which clients only notice as commands that do not come back.
 */
export async function startTcpProxy(target: { host?: string; port: number }): Promise<TcpProxy> {
  const links = new Set<Link>();
  let paused = false;
  let opened = 0;

  const server = createServer((client) => {
    opened++;
    const upstream = createConnection({ host: target.host ?? '127.0.0.1', port: target.port });
    const link = new Link(client, upstream, () => paused);
    links.add(link);
    link.onEnd(() => links.delete(link));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    get connections() {
      return opened;
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      for (const link of links) link.flush();
    },
    close: async () => {
      for (const link of links) link.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** One client connection and its upstream; while paused, bytes either way are held in order, then flushed. */
class Link {
  readonly #held: [Socket, Buffer][] = [];
  readonly #sockets: [Socket, Socket];
  readonly #paused: () => boolean;

  constructor(client: Socket, upstream: Socket, paused: () => boolean) {
    this.#sockets = [client, upstream];
    this.#paused = paused;
    this.#forward(client, upstream);
    this.#forward(upstream, client);
  }

  #forward(from: Socket, to: Socket): void {
    from.on('data', (chunk: Buffer) => {
      if (this.#paused() || this.#held.length > 0) this.#held.push([to, chunk]);
      else to.write(chunk);
    });
  }

  flush(): void {
    for (const [to, chunk] of this.#held.splice(0)) if (!to.destroyed) to.write(chunk);
  }

  onEnd(done: () => void): void {
    for (const s of this.#sockets) {
      s.on('error', () => this.destroy());
      s.on('close', () => {
        this.destroy();
        done();
      });
    }
  }

  destroy(): void {
    for (const s of this.#sockets) s.destroy();
  }
}
