import type { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { type ConversationDeps, converse } from '../../src/adapters/slack/conversation.ts';

type Posted = { channel: string; thread_ts?: string; text: string };

/** A Slack Web API client that records what is posted. */
function postingClient(): { client: WebClient; posted: Posted[] } {
  const posted: Posted[] = [];
  const client = {
    chat: {
      postMessage: async (m: Posted) => {
        posted.push(m);
        return { ok: true, ts: '1.2' };
      },
    },
  } as unknown as WebClient;
  return { client, posted };
}

// Found by a clean-clone run of the Redis-kill burst (test/hardening/load-faults.test.ts): a mention whose
// delivery claim hit Redis while it restarted got no answer at all. The claim now fails like the rest of the work.
describe('a Slack request whose delivery claim fails', () => {
  it('is answered in its thread with a sentence, not dropped', async () => {
    const { client, posted } = postingClient();
    const deps = {
      store: {
        claimEvent: async () => {
          throw new Error('Connection is closed.');
        },
      },
    } as unknown as ConversationDeps;
    await converse(deps, client, {
      id: 'Ev1',
      text: 'restart api in staging',
      userId: 'U1',
      replyTo: { channel: 'C1', thread_ts: '1.1' },
    });
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ channel: 'C1', thread_ts: '1.1' });
    expect(posted[0].text.length).toBeGreaterThan(20);
  });
});

describe('a pending approval whose card cannot be read (Redis restarting)', () => {
  it('is answered in its thread with the rendered outcome instead of nothing', async () => {
    const { client, posted } = postingClient();
    const deps = {
      store: { claimEvent: async () => true },
      actors: { resolve: async () => ({ personId: 'alice' }) },
      threads: { take: async () => undefined },
      core: {
        handle: async () => ({ requestId: 'Ev2', outcome: 'pending', approvalId: 'ap1', reason: 'needs an approval' }),
      },
      cards: {
        post: async () => {
          throw new Error('Connection is closed.');
        },
      },
    } as unknown as ConversationDeps;
    await converse(deps, client, {
      id: 'Ev2',
      text: 'restart api in production',
      userId: 'U1',
      replyTo: { channel: 'C1', thread_ts: '1.1' },
    });
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ channel: 'C1', thread_ts: '1.1' });
    expect(posted[0].text).toMatch(/approv/i);
  });
});
