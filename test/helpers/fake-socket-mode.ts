import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** What the bot answered to an envelope: its id, and a response payload when it sent one (commands, actions). */
export interface EnvelopeAck {
  envelope_id: string;
  payload?: unknown;
}

export interface FakeSocketMode {
  /** Resolves once a client connected and was sent `hello`. */
  connected: Promise<void>;
  /** Sends an envelope (`events_api`, `interactive`, `slash_commands`) and resolves with the client's ack. */
  send(type: 'events_api' | 'interactive' | 'slash_commands', payload: unknown, timeoutMs?: number): Promise<EnvelopeAck>;
}

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, data: Buffer): Buffer {
  const len = data.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len]) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (len >= 126) {
    head[0] = 0x80 | opcode;
    if (len < 65536) {
      head[1] = 126;
      head.writeUInt16BE(len, 2);
    } else {
      head[1] = 127;
      head.writeBigUInt64BE(BigInt(len), 2);
    }
  }
  return Buffer.concat([head, data]);
}

/** Parses the complete client frames at the start of `buf` (clients always mask); returns them and the rest. */
function parseFrames(buf: Buffer): { frames: { opcode: number; data: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; data: Buffer }[] = [];
  let off = 0;
  while (buf.length - off >= 2) {
    const opcode = (buf[off] as number) & 0x0f;
    let len = (buf[off + 1] as number) & 0x7f;
    let pos = off + 2;
    if (len === 126) {
      if (buf.length < pos + 2) break;
      len = buf.readUInt16BE(pos);
      pos += 2;
    } else if (len === 127) {
      if (buf.length < pos + 8) break;
      len = Number(buf.readBigUInt64BE(pos));
      pos += 8;
    }
    if (buf.length < pos + 4 + len) break;
    const mask = buf.subarray(pos, pos + 4);
    const data = Buffer.from(buf.subarray(pos + 4, pos + 4 + len));
    for (let i = 0; i < data.length; i++) data[i] = (data[i] as number) ^ (mask[i % 4] as number);
    frames.push({ opcode, data });
    off = pos + 4 + len;
  }
  return { frames, rest: buf.subarray(off) };
}

/**
 * The Socket Mode side of the stand-in Slack: a minimal WebSocket endpoint (RFC 6455 text frames, ping/pong,
 * close) on the fake's HTTP server, speaking Slack's envelope protocol (hello, envelopes, acks by envelope_id).
 */
export function attachSocketMode(server: Server, path: string): FakeSocketMode {
  let socket: Duplex | undefined;
  let onConnected: () => void = () => {};
  const connected = new Promise<void>((resolve) => {
    onConnected = resolve;
  });
  const pending = new Map<string, (ack: EnvelopeAck) => void>();

  server.on('upgrade', (req: IncomingMessage, sock: Duplex) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== path) return sock.destroy();
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${GUID}`).digest('base64');
    sock.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    socket = sock;
    let buf: Buffer = Buffer.alloc(0);
    sock.on('data', (chunk: Buffer) => {
      const parsed = parseFrames(Buffer.concat([buf, chunk]));
      buf = parsed.rest;
      for (const f of parsed.frames) {
        if (f.opcode === 0x9) sock.write(frame(0xa, f.data));
        else if (f.opcode === 0x8) sock.end(frame(0x8, Buffer.alloc(0)));
        else if (f.opcode === 0x1) {
          const ack = JSON.parse(f.data.toString()) as EnvelopeAck;
          pending.get(ack.envelope_id)?.(ack);
          pending.delete(ack.envelope_id);
        }
      }
    });
    sock.on('error', () => {});
    sock.write(frame(0x1, Buffer.from(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' } }))));
    onConnected();
  });

  return {
    connected,
    send(type, payload, timeoutMs = 10_000) {
      const envelopeId = randomUUID();
      return new Promise((resolve, reject) => {
        if (!socket) return reject(new Error('no Socket Mode client is connected'));
        const timer = setTimeout(() => reject(new Error(`no ack for envelope ${envelopeId} within ${timeoutMs} ms`)), timeoutMs);
        pending.set(envelopeId, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
        const envelope = {
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: 0,
          retry_reason: '',
        };
        socket.write(frame(0x1, Buffer.from(JSON.stringify(envelope))));
      });
    },
  };
}
