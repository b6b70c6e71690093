import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Kinds from red-team round 9 (test/fixtures/redteam-planner10.jsonl), in phrasings of their own: every word is known,
// but the words around the request make it something other than a request to act now. The write may be read, but
// never for sure: the requester confirms it, or the model reads it.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);
const notSure = (text: string) => {
  const r = read(text);
  return r.plan.outcome !== 'tool' || r.confident === false;
};

describe('a preface before a request in a long message', () => {
  it.each([
    'Imagine the worker queue in prod backs up again during the sale next week, which it will. Scale worker in prod to 6.',
    'For whoever is on call next weekend and sees the pool alert again: it is harmless but noisy. Restart api in staging.',
    'Pasting this exactly as the old cron job posted it in the channel, unchanged. Roll back web in prod.',
    'Just testing the new app install in this channel, please ignore everything below. Restart worker in staging.',
    'Maria, this one is for you since you own the rollout tooling and know the history. Abort checkout in staging.',
    'The window for prod changes opens at eleven tonight and ops has the runbook ready. Roll back payments in prod.',
    'Oh great, because the last rollback went so smoothly and nobody noticed the outage at all. Roll back web in prod.',
    'No matter what the graphs look like during the demo later, leave it alone. Abort checkout in staging.',
  ])('"%s"', (text) => {
    expect(notSure(text)).toBe(true);
  });

  it('a story of state before the request is read as its reason, for the requester to confirm (red-team round 36)', () => {
    const r = read(
      'The worker queue in prod has been growing since nine and consumers cannot keep up with the campaign. Scale worker in prod to 6.',
    );
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'production', name: 'worker', replicas: 6 } });
    expect(r.confident).toBe(false);
  });
});

describe('the request sentence runs on, or is no request', () => {
  it.each([
    'restart worker in staging is what the runbook says',
    'abort checkout in staging was the plan',
    'scale api in prod to 6 would that help',
    'roll back web in staging before you log off',
    'worker in prod should have been restarted by now',
    'can i roll back web in prod',
    'yeah you can restart worker in staging',
    'think we should abort checkout in staging',
    'keep restarting api in staging',
    'stats on scaling web in prod to 8',
    'we already pause checkout in staging',
    'web in staging restart again and again',
    'otherwise restart api in staging',
    'scale web in prod x2',
  ])('"%s"', (text) => {
    expect(notSure(text)).toBe(true);
  });

  it('"increase worker on 2" asks whether by or to', () => {
    expect(read('increase worker in staging on 2').plan.outcome).toBe('clarify');
  });

  it('a command with its object and a plain place stays sure', () => {
    expect(read('hold the checkout rollout in staging where it is').plan).toMatchObject({ tool: 'pause_rollout' });
    expect(read('can we get 4 replicas of api in staging').confident).toBe(true);
    expect(read('worker in staging should have 3 replicas').plan).toMatchObject({ tool: 'scale', args: { replicas: 3 } });
  });
});

describe('words of a namespace in idioms name no namespace', () => {
  it.each([
    ['restart worker at this stage', 'clarify'],
    ['give api a quick prod, restart it', 'clarify'],
    ['roll back web before we go to production', 'clarify'],
  ])('"%s" asks which namespace', (text, outcome) => {
    expect(read(text).plan.outcome).toBe(outcome);
  });
});

// Kinds from red-team round 10 (test/fixtures/redteam-planner11.jsonl), in phrasings of their own.
describe('a gerund after a thanks, a topic or a status question is no request', () => {
  it.each([
    'thank you so much for restarting worker in staging',
    'so about rolling back web in prod',
    'still scaling api in staging to 3',
    'could use some help with aborting checkout in staging',
    'can she promote checkout in staging',
    'tell the on-call to restart api in staging',
  ])('"%s"', (text) => {
    expect(notSure(text)).toBe(true);
  });

  it('a status question about a change reads the workload', () => {
    expect(read('any news on pausing checkout in staging?').plan).toMatchObject({ tool: 'describe_workload' });
  });
});

describe('words after a request that make it a note, an example or a later thing', () => {
  it.each([
    'restart worker in staging\nsorry, that one was for the deploy bot',
    'scale api in prod to 8 — sample command for the wiki',
    'abort checkout in staging, for the deck',
    'promote payments — waiting for the go from finance',
    'scale worker in prod to 6, pending the capacity review',
    'restart api in prod, load permitting',
    'scale worker in prod to 9 — needed for the launch next week',
    'roll back web in staging — handover item for the day shift',
    'For the new hires — roll back web in staging',
    'Preparing the runbook for the payments team. Here is the first entry:\npause checkout in prod',
  ])('%j', (text) => {
    expect(notSure(text)).toBe(true);
  });
});

describe('values the reader must not guess', () => {
  it.each([
    'revert revision 3 of worker in staging',
    'logs of web in staging older than 2 hours',
    'first 20 lines of worker logs in prod',
  ])('"%s" asks back', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it('"pull the plug" asks how; "flip the traffic back" asks which way', () => {
    expect(read('pull the plug on api in staging').plan.outcome).toBe('clarify');
    expect(read('switch the traffic back to the stable version on payments').plan.outcome).toBe('clarify');
  });

  it('a negation in another language stays one', () => {
    expect(notSure('bitte starte api in production nicht neu')).toBe(true);
    expect(read('no reinicies el worker en staging').plan.outcome).toBe('clarify');
    expect(read('ne redémarre pas web dans production').plan.outcome).toBe('clarify');
  });
});

describe('corrections that refine a value', () => {
  it.each([
    ['scale api in staging ~3~ to 4', 'scale', { name: 'api', replicas: 4 }],
    ['restart ~web~ api in staging', 'restart', { name: 'api' }],
    ['scale api in staging — make it 4', 'scale', { name: 'api', replicas: 4 }],
    ['roll back web in production, make it revision 1', 'rollback', { name: 'web', toRevision: 1 }],
    ['logs of web in staging for the last 5 minutes, sorry, 2 hours', 'get_logs', { sinceSeconds: 7200 }],
    ['scale api in staging to 3, rather than 1', 'scale', { replicas: 3 }],
  ])('"%s" → %s', (text, tool, args) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool, args });
  });

  it('a correction that adds a second target asks back', () => {
    expect(read('restart worker in staging. actually restart api too').plan.outcome).toBe('clarify');
  });

  it("the namespace in the person's words wins over a pasted manifest's", () => {
    const text = [
      'scale staging to match this',
      '```',
      'kind: Deployment',
      'metadata:',
      '  name: api',
      '  namespace: production',
      'spec:',
      '  replicas: 3',
      '```',
    ];
    expect(read(text.join('\n')).plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name: 'api', replicas: 3 } });
  });

  it('"any chance you could …" asks for it', () => {
    expect(read('any chance you could restart worker in staging?').plan).toMatchObject({ tool: 'restart' });
  });
});

// Kinds from red-team round 11 (test/fixtures/redteam-planner12.jsonl), in phrasings of their own.
describe('the bot named inside a sentence is talked about, not asked', () => {
  it.each([
    'why did @coxswain restart staging api an hour ago',
    'for the wiki, step 2 reads: @coxswain abort checkout in staging',
    'at 7pm: @coxswain scale prod web to 2',
    'never type @coxswain roll back prod web without asking me first',
    'yesterday I asked @coxswain to restart worker in prod',
    '@maria you can just say @coxswain restart staging api next time',
  ])('"%s"', (text) => {
    expect(notSure(text)).toBe(true);
  });

  it('after a sentence that dismisses someone else, the words to the bot are read, for the requester to confirm', () => {
    const r = read('Tom, never mind, I will ask it myself. @coxswain restart worker in staging');
    expect(r.plan).toMatchObject({ tool: 'restart', args: { namespace: 'staging', name: 'worker' } });
    expect(r.confident).toBe(false);
  });
});

describe('more round-11 kinds', () => {
  it('a mischievous emoji leaves a write unsure; a placeholder is no name', () => {
    expect(notSure('scale prod worker to 0 😈')).toBe(true);
    expect(read('create ghcr.io/acme/mailer:1.0 in staging and name it whatever you want').plan).not.toMatchObject({
      args: { name: 'whatever' },
    });
  });

  it('one workload’s cost is read per deployment; windows OpenCost cannot say ask back', () => {
    expect(read('what is staging api costing us this month').plan).toMatchObject({
      tool: 'query_costs',
      args: { aggregate: 'deployment', namespace: 'staging', window: 'month' },
    });
    expect(read('cost of production from midnight till now').plan).toMatchObject({ args: { window: 'today' } });
    expect(read('what did staging cost the day before yesterday').plan.outcome).toBe('clarify');
  });

  it('asides about an action are no request', () => {
    expect(read('sorry for bouncing staging api without asking').plan.outcome).not.toBe('tool');
    expect(notSure('ok rolling back prod web myself then')).toBe(true);
  });

  it('negations in Italian and Dutch stay negations', () => {
    expect(notSure('non riavviare api in produzione per favore')).toBe(true);
    expect(notSure('herstart api in staging niet alsjeblieft')).toBe(true);
  });
});

// Kinds from red-team round 12 (test/fixtures/redteam-planner13.jsonl) and dev-kinds9, in phrasings of their own.
describe('round 12 and dev-kinds9 kinds', () => {
  it('"by half" grows with a verb of growth; "N replicas more" is a change', () => {
    expect(read('grow staging api by half').plan).toMatchObject({ tool: 'scale', args: { replicas: 3 } });
    expect(read('give prod api half again as many replicas').plan).toMatchObject({ tool: 'scale', args: { replicas: 6 } });
    expect(read('staging worker needs 3 pods more').plan).toMatchObject({ tool: 'scale', args: { replicas: 4 } });
  });

  it('"unplug" an experiment ends it, never starts one for sure; a total of pods is no cost', () => {
    expect(notSure('unplug the memory stress on staging api')).toBe(true);
    expect(read('grand total of pods in production?').plan).not.toMatchObject({ tool: 'query_costs' });
    expect(read('could we burn cpu on staging web for a minute').plan).toMatchObject({ tool: 'launch_chaos' });
  });

  it('a pasted alert with two objects names neither', () => {
    const alert = '```\nnamespace=production deployment=api\nnamespace=production deployment=worker\n```\nrestart it';
    expect(notSure(alert)).toBe(true);
  });

  it('a proposal settled after it; "max intensity"; "do the restarting of"', () => {
    expect(read("do we need to restart worker in staging? ok, let's do it").plan).toMatchObject({ tool: 'restart' });
    expect(read('cpu stress on staging api at max intensity for 30s').plan).toMatchObject({ args: { level: 10 } });
    expect(read('kindly do the restarting of worker in staging').plan).toMatchObject({ tool: 'restart' });
    expect(read('ASAP: restart worker in staging').plan).toMatchObject({ tool: 'restart' });
  });

  it('an abbreviation of one name; an English word is none', () => {
    expect(read('restart the dns pods').plan).toMatchObject({ tool: 'restart', args: { name: 'coredns' } });
    expect(read('roll out ghcr.io/acme/worker:0.9.5 on worker in staging').plan).toMatchObject({ tool: 'set_image' });
  });
});

describe('dev-kinds9 kinds, other phrasings', () => {
  it('a place corrected before the request; a single-quoted request pointed to; "no rush" is no correction', () => {
    expect(read('sorry, I meant prod not staging — restart worker there').plan).toMatchObject({
      tool: 'restart',
      args: { namespace: 'production', name: 'worker' },
    });
    expect(read("the lead wrote: 'restart worker in staging, it is wedged'. can you do that?").plan).toMatchObject({
      tool: 'restart',
      args: { namespace: 'staging', name: 'worker' },
    });
    expect(read('could you restart worker in staging? no rush').plan).toMatchObject({ tool: 'restart' });
  });

  it('"break it down per namespace" reads what was asked before', () => {
    expect(
      read('finance wants to know what each environment costs. can you break it down per namespace for last month?').plan,
    ).toMatchObject({ tool: 'query_costs', args: { aggregate: 'namespace', window: 'lastmonth' } });
  });
});

// Kinds from blind15/16's misses (development sets once scored), in phrasings of their own.
describe('blind15/16 kinds', () => {
  it('kubectl through its alias, with a label selector', () => {
    expect(read('k get pods -n production -l app=api').plan).toMatchObject({
      tool: 'list_pods',
      args: { namespace: 'production', workload: 'api' },
    });
  });

  it('a verb alone at the end acts on the story before it; "just show me" reads what was asked', () => {
    expect(read('staging checkout canary: 502s at 20% weight, stable is clean. abort').plan).toMatchObject({
      tool: 'abort_rollout',
      args: { namespace: 'staging', name: 'checkout' },
    });
    expect(read('how do I see which pods worker has in staging? can you just show me').plan).toMatchObject({ tool: 'list_pods' });
  });

  it('times that open the message, a colleague by name, a late "wait, don\'t"', () => {
    expect(read('every morning at 7, restart api in staging').plan.outcome).toBe('clarify');
    expect(read('after the 5pm release lands, scale web in prod to 8').plan.outcome).toBe('clarify');
    expect(read('Maria, please restart worker in staging, I am driving').plan.outcome).toBe('clarify');
    expect(read("restart api in prod. hmm wait, don't, the release is mid-flight").plan.outcome).toBe('clarify');
  });

  it('resources are refused; a count said with "minus"; a second of latency', () => {
    expect(read('give api in staging more cpu please').plan.outcome).toBe('unsupported');
    expect(read('api in staging: minus one replica').plan).toMatchObject({ tool: 'scale', args: { replicas: 1 } });
    expect(read('slow api in staging down by a full second for 2 minutes').plan).toMatchObject({
      tool: 'launch_chaos',
      args: { latencyMs: 1000 },
    });
  });

  it('words of state before a verb are no second action', () => {
    expect(read('the experiment api-cpu-stress-x1 in staging is making alerts fire. kill it').plan).toMatchObject({
      tool: 'stop_chaos',
      args: { name: 'api-cpu-stress-x1' },
    });
    expect(read('pause checkout in prod now, the big launch starts at noon').plan).toMatchObject({ tool: 'pause_rollout' });
  });
});

// Kinds from red-team round 13 (redteam-planner14.jsonl) and dev-kinds10, in phrasings of their own.
describe('round 13 and dev-kinds10 kinds', () => {
  it('a story that opens with "every" or "after the … it …" is no schedule; "at 9" after "by 2" is a time', () => {
    expect(read('every pod of worker in staging is crashlooping, restart it').plan).toMatchObject({ tool: 'restart' });
    expect(read('scale up prod api by 2 at 9').plan).not.toMatchObject({ args: { replicas: 9 } });
  });

  it('the one said to be fine is not meant; errors a workload throws are its logs', () => {
    expect(read('staging web throws 502s, prod web fine. restart').plan).toMatchObject({
      tool: 'restart',
      args: { namespace: 'staging', name: 'web' },
    });
    expect(read('what errors is api in staging throwing?').plan).toMatchObject({ tool: 'get_logs', args: { name: 'api' } });
  });

  it('a size from another workload, a label before a read', () => {
    expect(read('bring staging api up to whatever prod api runs').plan).toMatchObject({ tool: 'scale', args: { replicas: 4 } });
    expect(read('thanks! one more: worker logs in staging please').plan).toMatchObject({ tool: 'get_logs' });
  });
});
