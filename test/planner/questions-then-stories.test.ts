import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Kinds from blind151–154's first runs, in phrasings of their own.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);

describe('a question, then sentences that tell', () => {
  it.each([
    ['are the 4 api pods in prod all ready? Marta is worried', 'list_pods', { namespace: 'production', workload: 'api' }],
    [
      'is any chaos still running in staging? I need the billing export to run clean tonight',
      'list_chaos',
      { namespace: 'staging' },
    ],
  ])('"%s" → %s, for the requester to check', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it('words after the question that change it keep the whole reading', () => {
    expect(read('what pods does api in prod have? actually, show me its logs').plan).not.toMatchObject({
      tool: 'list_pods',
    });
  });

  it('a sentence after the question that asks for a change is never dropped for a read', () => {
    const r = read('is web in prod stuck? Restart it, it is slow');
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'restart' });
    expect(r.confident).toBe(false);
  });
});

describe('a workload whose name is a word', () => {
  it.each(['is opencost down?', 'opencost broken?', 'what version is opencost on?'])('"%s" asks after opencost', (text) => {
    expect(read(text).plan).toMatchObject({
      outcome: 'tool',
      tool: 'describe_workload',
      args: { namespace: 'monitoring', name: 'opencost' },
    });
  });
});

describe('asks outside the chat', () => {
  it.each(['email me what staging cost this week', 'could you mail the team lead a summary of the chaos runs?'])(
    '"%s" is refused: the answer is in the chat',
    (text) => {
      expect(read(text).plan.outcome).toBe('unsupported');
    },
  );
});

describe('nothing to do, then a question', () => {
  it('the question is answered, for the requester to check', () => {
    const r = read("don't do anything for now, just how much did production cost yesterday?");
    expect(r.plan).toMatchObject({ tool: 'query_costs', args: { window: 'yesterday', namespace: 'production' } });
    expect(r.confident).toBe(false);
  });
});

describe('Spanish and Portuguese as people type them', () => {
  it.each([
    ['el api de staging no responde. ¿La puedes reiniciar?', 'restart', { namespace: 'staging', name: 'api' }],
    ['reinícialo, el worker de staging', 'restart', { namespace: 'staging', name: 'worker' }],
    ['dá pra escalar o web de staging pra 3?', 'scale', { namespace: 'staging', name: 'web', replicas: 3 }],
    ['faz rollback do web em produção pra revisão 1', 'rollback', { namespace: 'production', name: 'web', toRevision: 1 }],
    ['promove o checkout em staging de vez', 'promote_rollout', { namespace: 'staging', name: 'checkout', full: true }],
  ])('"%s" → %s, confirmed by the requester', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });
});

describe('a time that belongs to the story', () => {
  it('"…, the game starts in an hour" tells when the game starts, not when to act', () => {
    const r = read('scale api in prod to 8, the game starts in an hour');
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'production', name: 'api', replicas: 8 } });
    expect(r.confident).toBe(false);
  });

  it('a time said of the request itself is still later', () => {
    expect(read('scale api in prod to 8 in an hour').plan.outcome).not.toBe('tool');
  });
});

describe('money in a weak word', () => {
  it.each([
    'customers say the online bill page will not load, is the site down?',
    'what is the billing contact for the sponsor account?',
  ])('"%s" is no sure cost question', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'query_costs' && r.confident).toBe(false);
  });

  it.each([
    ["last month's bill by namespace", 'lastmonth'],
    ['how much did staging cost yesterday', 'yesterday'],
  ])('"%s" is a sure cost question', (text, window) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ tool: 'query_costs', args: { window } });
    expect(r.confident).toBe(true);
  });
});

describe('one request and what happened', () => {
  it.each([
    ['halve api in staging, the load test traffic dropped off', 'scale', { namespace: 'staging', name: 'api', replicas: 1 }],
    ['restart worker in staging, it stopped taking jobs', 'restart', { namespace: 'staging', name: 'worker' }],
    ['roll back web in staging, signups dropped 10%', 'rollback', { namespace: 'staging', name: 'web' }],
  ])('"%s" → %s, for the requester to confirm', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it.each([
    'restart api in staging, scale web in staging to 3',
    'restart coredns, latency dropped back to baseline',
    'suppose we restarted api in staging, would requests fail?',
  ])('"%s" runs nothing', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });
});

describe('a test of another kind', () => {
  it('"before the alert test window opens: what\'s running in staging?" lists the workloads', () => {
    expect(read("before the alert test window opens: what's running in staging?").plan).toMatchObject({
      tool: 'list_workloads',
      args: { namespace: 'staging' },
    });
  });
});
