import { describe, expect, it } from 'vitest';
import { correctedText } from '../../src/planner/offline/correction.ts';
import { writeDoubt } from '../../src/planner/offline/doubts.ts';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

const workloads = new Set(['web', 'api', 'worker', 'checkout', 'payments', 'coredns', 'prometheus', 'opencost']);
const namespaces = new Map([
  ['staging', 'staging'],
  ['production', 'production'],
  ['prod', 'production'],
  ['stg', 'staging'],
  ['kube-system', 'kube-system'],
  ['monitoring', 'monitoring'],
]);
const ctx = sandboxPlanContext();

describe('a request corrected in the same message', () => {
  it('replaces what the words after the correction name, or reads their own request about the same objects', () => {
    const names = { workloads, namespaces };
    expect(correctedText('restart worker in prod... sorry, I meant staging, not prod', names)).toMatch(
      /^restart worker in staging\b/,
    );
    expect(correctedText('scale api in staging to 5 - no wait, make it 3', names)).toBe('scale api in staging to 3');
    expect(correctedText('restart api in staging - actually scratch that, just get me its logs', names)).toBe(
      'api in staging. get me its logs',
    );
    expect(correctedText('restart web in staging, I mean production', names)).toBe('restart web in production');
    // Nothing to apply: a take-back, an apology, a story.
    expect(correctedText('scale api in prod to 10. wait, scratch that', names)).toBeUndefined();
    expect(correctedText('sorry for the noise, restart api in staging', names)).toBeUndefined();
    expect(correctedText('restart api in staging, sorry for bothering you', names)).toBeUndefined();
  });

  it('is read as the corrected call, which the requester confirms', () => {
    expect(planOffline('restart worker in prod... sorry, I meant staging', ctx)).toMatchObject({
      plan: { outcome: 'tool', tool: 'restart', args: { namespace: 'staging', name: 'worker' } },
      confident: false,
      unsure: 'a correction',
    });
    expect(planOffline('scale api in staging to 5 - no wait, make it 3', ctx)).toMatchObject({
      plan: { tool: 'scale', args: { replicas: 3 } },
      confident: false,
    });
  });
});

describe('words around a write that leave it unsure', () => {
  const doubt = (plain: string, tool = 'restart', target = 'api', namespace = 'production', relative = false) =>
    writeDoubt({ plain, tool, target, namespace, workloads, namespaces, relative });

  it('takes nothing around a plain request, a thank-you or a reason that agrees with it as doubt', () => {
    for (const text of ['restart api in prod', 'prometheus is eating memory again. restart api in prod, thanks!']) {
      expect(doubt(text), text).toBeUndefined();
    }
    expect(doubt('restart api in prod please, it is stuck')).toBeUndefined();
    expect(doubt('restart api in prod please, it is fine now')).toBe('words after the request');
    const slow = planOffline('please scale web in production to 8, traffic is spiking since 9am', ctx);
    expect(slow).toMatchObject({ plan: { tool: 'scale', args: { replicas: 8 } }, confident: true });
  });

  it('doubts what comes after the request, a label before it, a hedge and idioms of other tools', () => {
    for (const [text, why] of [
      ['restart api in prod. thoughts?', 'words after the request'],
      ['restart api in prod. only if it crashes again though', 'words after the request'],
      ['restart api in prod. hang on, it just recovered', 'words after the request'],
      ['restart api in prod. (jk)', 'words after the request'],
      ['restart api in prod. worker in staging needs it too', 'words after the request'],
      ['TODO for me:\nrestart api in prod', 'a label before the request'],
      ['Sam wrote in #ops:\nrestart api in prod', 'a label before the request'],
      ['hey Sam - restart api in prod pls', 'addressed to someone'],
      ['maybe restart api in prod', 'a hedge'],
      ['we set api in prod to 6 this morning', 'a report'],
    ] as const) {
      expect(doubt(text), text).toBe(why);
    }
    expect(doubt('scale api in prod to 8. that is 2 more', 'scale')).toMatch(/after the request/);
    expect(doubt('api in prod ran at 10 during the sale. double it', 'scale', 'api', 'production', true)).toBe(
      'a count in the story',
    );
    expect(doubt('remove latency from api in prod', 'launch_chaos')).toBe('ending an experiment');
    expect(doubt('launch a pod-kill experiment against api in prod', 'launch_chaos')).toBeUndefined();
    expect(doubt('take api in prod back to its old size', 'rollback')).toBe('a rollback of a count');
    expect(doubt('roll back api in prod to 2.3.0', 'rollback')).toBe('a version');
    expect(doubt('hold off on checkout in prod', 'pause_rollout', 'checkout')).toBe('an idiom');
  });

  it('reads a reason after the request as the request, for the requester to confirm', () => {
    expect(planOffline('pls scale api in prod to 8 replicas, marketing emailed everyone', ctx)).toMatchObject({
      plan: { tool: 'scale', args: { namespace: 'production', name: 'api', replicas: 8 } },
      confident: false,
    });
    for (const text of [
      'scale api in prod to 8, not needed after friday',
      'scale api in prod to 8, maybe',
      'scale api in prod to 8, web too',
      'scale api in prod to 8, then restart worker',
    ]) {
      const r = planOffline(text, ctx);
      expect(r.plan.outcome === 'tool' && r.confident, text).toBe(false);
    }
  });

  it('is sure of a write only when what the reader left out around it is harmless', () => {
    for (const text of [
      'restart api in prod. once CI is green',
      'restart api in prod 🤷',
      'restart api in prod :thinking_face:',
      'Will, restart api in prod please',
      '[x] restart api in prod',
      '<!subteam^S0ONCALL|@platform-oncall> please restart api in prod',
      'restart api in prod\n> Priya: hold off',
      'when it is quiet, restart api in prod',
      'Just brainstorming here. scale worker in prod to 0',
      'restart api in prod, unless it was already restarted',
      'scale payments in prod to 0, because that always works',
      'restart api in prod I think',
      'scale worker in prod up to 2',
      'double worker in prod to 4',
      'switch off the latency on web in staging',
      'roll back web in staging to the 1.7.0 image',
      'web in prod is slow because of redis. restart it',
      // Red-team round 5: a reason about another workload, a reason against the change, a time or condition after a
      // comma, a lead in a short message, a change used as a noun.
      'roll back api in staging, the bug is in worker',
      'promote checkout in staging, metrics look bad',
      'abort checkout in staging, canary looks healthy',
      'restart api in staging, it looks fine now',
      'scale worker in prod to 0, once the queue drains',
      'restart web in prod, in a while',
      'pause checkout in prod, the moment errors spike',
      'failing that, restart api in staging',
      'my guess would be, restart api in staging',
      'push back on the checkout promote in staging',
      'kubectl scale deploy/worker --replicas=2 -n staging -n production',
    ]) {
      const r = planOffline(text, ctx);
      expect(r.plan.outcome === 'tool' && r.confident, text).toBe(false);
    }
    // A reason the reader cannot tell points the call's way is confirmed by the requester (red-team rounds 34 and 35
    // found reasons that argue against the request or say the trouble is over); one that does is in reason-agrees.
    for (const text of ['scale down staging api to zero, nobody is testing today']) {
      const r = planOffline(text, ctx);
      expect(r.plan.outcome, text).toBe('tool');
      expect(r.confident, text).toBe(false);
    }
  });

  it('keeps a pronoun unsure when the message is about another thing or rules the workload out', () => {
    for (const text of [
      'web in staging depends on redis, and redis is out of memory. restart it',
      "the problem isn't web in staging. restart it",
      'checkout in staging promoted fine. the pricing canary is stuck at 20% though. abort the canary',
    ]) {
      const r = planOffline(text, ctx);
      expect(r.plan.outcome === 'tool' && r.confident, text).toBe(false);
    }
  });
});

describe('the trouble a request answers, told after it (red-team round 34: the reason is not trusted)', () => {
  it.each([
    "Restart worker in prod, it's stopped crashing",
    'Roll back web in prod, it was throwing 500s until we patched the config',
    'Promote checkout in staging, the canary is leaking memory',
    'Retry the checkout rollout in staging, 3.2.0 is still leaking memory',
    'Scale web in prod to 2, the campaign just went out',
    "Scale worker in prod to 0, it's idle overnight",
  ])('"%s" is not sure', (text) => {
    const r = planOffline(text, ctx);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });
});

describe('a reason told after a write is the requester to confirm (red-team round 35)', () => {
  it.each([
    'Restart worker in prod, the errors went away',
    'Promote checkout in staging, the canary is timing out',
    'Scale web in prod to 2, traffic is surging',
    "Scale worker in prod to 0, it's idle on Sundays",
    'Retry the checkout rollout in staging, the bug has not been fixed',
  ])('"%s" is not sure', (text) => {
    const r = planOffline(text, ctx);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it('courtesy after a write still leaves it sure', () => {
    expect(planOffline('restart worker in staging, thanks!', ctx).confident).toBe(true);
  });
});

describe('a reason told before a write is the requester to confirm too (red-team round 36)', () => {
  it.each([
    'the errors went away. restart worker in prod',
    'the canary is timing out. promote checkout in staging',
    'traffic is surging. scale web in prod to 2',
    'So the memory leak on api that paged us all night is completely gone since the 2.3.1 patch went out. Restart api in prod',
    'For the drill in 90 seconds, add 300ms latency to web in staging.',
    'Roll back web in staging, before we upgraded it worked fine yet api needs a bounce',
  ])('"%s" is not sure', (text) => {
    const r = planOffline(text, ctx);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });
});
