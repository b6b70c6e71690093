import { describe, expect, it } from 'vitest';
import { unsettled } from '../../src/planner/offline/hesitation.ts';

describe('unsettled: a request the sender has not settled', () => {
  it.each([
    ['scale api in staging to 3. Or 4.', 'Or 4'],
    ['scale checkout in prod to 10... or was it 12?', 'or was it'],
    ["let's restart stg worker. or should we roll it back instead?", 'or should we'],
    ['add latency to worker in staging, 100ms or 200ms, not sure yet', 'or 200ms'],
    ['set web to ghcr.io/acme/web:1.9.0 — hmm wait, let me check the tag', 'hmm wait'],
    ['scale web to 8. actually 8 might be enough, or 9? go with whatever', 'or 9'],
  ])('"%s" is open ("%s")', (text, phrase) => {
    expect(unsettled(text)).toBe(phrase);
  });

  it.each([
    'scale web in staging to 4, traffic is up',
    "I was going to restart or roll back api, whichever is quicker… actually let's just roll it back",
    'restart worker in staging or the queue keeps growing',
  ])('"%s" is settled', (text) => {
    expect(unsettled(text)).toBeUndefined();
  });
});
