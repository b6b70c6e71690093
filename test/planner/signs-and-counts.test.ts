import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Kinds found by red-team rounds 125 and 126, in phrasings of their own: signs and operators the reader drops, a flag
// given no or off, a clock time beside a write, a number that names or counts something other than replicas, and a
// kubectl line that is not the whole message. Each leaves the write for the requester to confirm.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);
const unsure = (text: string) => {
  const r = read(text);
  expect(r.plan.outcome === 'tool' ? r.confident : false, text).toBe(false);
};

describe('signs, operators and values the words leave out', () => {
  it.each([
    ['scale api staging replicas=+1'],
    ['scale worker prod count-=1'],
    ['scale checkout stg replicas>=3'],
    ['scale web staging --replicas=~3'],
    ['pod-kill api stg level>2'],
    ['set image web stg tag>=1.9.0'],
    ['restart worker stg ×2'],
    ['scale api stg [+1]'],
  ])('"%s"', (text) => unsure(text));

  it.each([['promote payments prod full=off'], ['promote checkout stg (full: no)'], ['checkout stg pause: off']])(
    '"%s": a flag said as no or off',
    (text) => unsure(text),
  );

  it.each([['restart worker stg --at=23:30'], ['scale api prod 6 at=08:15'], ['restart api 18:45 stg']])(
    '"%s": a clock time beside the write',
    (text) => unsure(text),
  );

  it.each([
    ['scale web in staging to 3', 3],
    ['kubectl scale deploy/api --replicas=3 -n staging', 3],
    ['**scale web in staging to 3**', 3],
    ['* scale worker in staging to 2', 2],
    ['scale api prod +2', 6],
    ['new deployment: name=echo ns=staging image=hashicorp/http-echo:1.0 replicas=2', 2],
  ])('"%s" stays sure', (text, replicas) => {
    const r = read(text);
    expect(r.confident).toBe(true);
    expect(r.plan).toMatchObject({ outcome: 'tool', args: { replicas } });
  });
});

describe('a number that names or counts something else', () => {
  it.each([
    ['scale api in staging for squad three'],
    ['tenant seven: scale worker in staging'],
    ['scale web in prod for the five of us'],
    ['scale worker in staging for a crew of 6'],
    ['scale worker in staging for incident no 9'],
    ['attempt three: scale api in staging'],
    ['api prod still four pods scale it'],
  ])('"%s"', (text) => unsure(text));

  it.each([
    ['scale web in staging to a dozen', 12],
    ['zero out staging web', 0],
    ['scale prod/api 5', 5],
    ['scale api --replicas 3 in staging', 3],
    ['reduce api in prod by 1', 3],
  ])('"%s" stays sure', (text, replicas) => {
    const r = read(text);
    expect(r.confident).toBe(true);
    expect(r.plan).toMatchObject({ args: { replicas } });
  });
});

describe('a kubectl line that is not the whole message', () => {
  it.each([
    ['kubectl rollout restart deploy/api -n staging :sweat_smile:'],
    ['🙈 kubectl rollout undo deploy/api -n production'],
    ['> Lee: how would I bounce api in staging?\nkubectl rollout restart deploy/api -n staging'],
  ])('"%s"', (text) => unsure(text));

  it('"deploy/api/web" names two workloads in one path: not read as one of them, surely', () =>
    unsure('kubectl rollout restart deploy/api/web -n staging'));

  it('a kubectl line with a typographic dash and a polite ask stays sure', () => {
    expect(read('kubectl rollout undo deployment/web -n staging — can you do that for me?').confident).toBe(true);
  });
});

describe('red-team rounds 127 and 128: doubt in plain characters, keys that are no count, lines around the request', () => {
  it.each([
    ['kubectl rollout restart deploy/api -n staging?!'],
    ['(?) kubectl scale deploy/api --replicas=1 -n staging'],
    ['scale api in staging --connections=3'],
    ['scale worker in prod --current=2'],
    ['promote payments prod full: "off"'],
    ['checkout stg pause: [no]'],
    ['☐ full promote checkout in staging'],
    ['✓ restart api in staging'],
  ])('"%s" is for the requester to confirm', (text) => unsure(text));

  it.each([
    ['todo for the night shift:\nrestart worker in prod\nthen check the queue'],
    ['2024-06-01T03:00:00Z ops: going to\nscale api in staging to 1\n2024-06-01T03:05:00Z ops: done'],
    ['[INFO] janitor will\nrestart web in staging\n[INFO] janitor idle'],
    ['step four: restart api in staging'],
    ['action items for tomorrow: restart worker in staging'],
  ])('"%s": a write among other lines or a step for later is for the requester to confirm', (text) => unsure(text));

  it.each([
    ['hi\nrestart api in staging\nthanks'],
    ['please run: kubectl rollout restart deploy/api -n staging'],
    ['scale: api | ns: staging | to: 3'],
  ])('"%s" stays sure', (text) => {
    expect(read(text).confident).toBe(true);
  });
});

describe('red-team round 130: a write beside a "when", an event or a go-ahead', () => {
  it.each([
    ['abort checkout in staging when we cut over'],
    ['scale api in prod to 5 at go-live'],
    ['set image of web in staging to ghcr.io/acme/web:1.9.0 once we have the ok'],
    ['pls when we release promote payments'],
    ['restart worker in staging on their word'],
  ])('"%s" is for the requester to confirm', (text) => unsure(text));

  it.each([['restart api in staging when you get a chance'], ['whenever you get a chance, scale web in staging to 3']])(
    '"%s" asks for it now',
    (text) => {
      expect(read(text).confident).toBe(true);
    },
  );
});

describe('red-team round 129: a second action in other words, marks of doubt, steps and other speakers', () => {
  it.each([
    ['restart worker in staging (and scaling it)'],
    ['pause checkout in prod // aborting it'],
    ['kill a pod of web in staging, plus deleting another'],
    ['add 300ms latency to web in staging and killing a pod'],
    ['promote payments, by taking it offline'],
    ['restart web in staging, with the rest'],
    ['restart worker in staging, from the previous build'],
    ['restart worker in staging !?'],
    ['roll back api in staging :man-shrugging:'],
    ['scale web in staging to 1 😜'],
    ['4) restart worker in staging'],
    ['usage: roll back api in staging'],
    ['he: restart worker in staging'],
  ])('"%s" is for the requester to confirm', (text) => unsure(text));

  it.each([['rolling restart of api in staging'], ['restart worker in staging 🙏'], ['abort checkout in prod :rotating_light:']])(
    '"%s" stays sure',
    (text) => {
      expect(read(text).confident).toBe(true);
    },
  );
});

describe('red-team round 131: names and values said by relation, go-aheads and checks in other words', () => {
  it.each([
    ['restart worker in the env next to staging'],
    ['roll back the service like worker in prod'],
    ['set api in staging to a version like 2.4.0'],
    ['scale api in prod to 4 or more'],
    ['add around 300ms latency to web in staging'],
    ["restart worker in prod on the lead's ok"],
    ['restart worker in staging at go-live'],
    ['restart worker in staging on any crash'],
    ['need we scale api in staging to 3'],
    ['folks ok to restart worker in prod'],
    ['make sure they rolled back api in staging'],
  ])('"%s" is for the requester to confirm', (text) => unsure(text));

  it('"I\'d like the worker in staging restarted" is a wish, not a likeness: it stays sure', () => {
    expect(read("I'd like the worker in staging restarted").confident).toBe(true);
  });
});

describe('red-team round 132: pictures of actions, second changes beside an experiment, letters as steps', () => {
  it.each([
    ['scale api in staging to 2 then ⏪'],
    ['add 100ms latency to web in staging and wipe a pod'],
    ['stress cpu on worker in staging while changing its image'],
    ['restart worker in staging with its image bumped'],
    ['scale worker in staging to 1 using the old build'],
    ['b) restart worker in staging'],
    ['(iii) roll back api in staging'],
    ['» they: restart worker in staging'],
    ['restart worker in staging at kick off'],
    ['restart worker in staging + the rest'],
    ['promote checkout in staging (full → no)'],
    ['restart worker in staging ⸮'],
  ])('"%s" is for the requester to confirm', (text) => unsure(text));

  it('an experiment that kills pods may say so: "kill a pod of api in staging, deleting one at random" stays a pod-kill', () => {
    expect(read('kill a pod of api in staging').plan).toMatchObject({ args: { experiment: 'pod-kill' } });
  });
});

describe('red-team round 133: triggers, measures, other places and the plans of others', () => {
  it.each([
    ['restart worker in staging at any crash only'],
    ['scale api in prod up to 6 with load'],
    ['restart worker in staging on the newest cluster'],
    ['roll back api in the old staging'],
    ["they'll restart worker in staging"],
    ["she's about to roll back api in staging"],
    ['scale worker in prod back 1'],
  ])('"%s" is for the requester to confirm', (text) => unsure(text));

  it('an experiment names its own cpu: "stress cpu on worker in staging at level 4" stays sure', () => {
    expect(read('stress cpu on worker in staging at level 4').confident).toBe(true);
  });
});

describe('red-team round 136: words of degree and repeat that are no value', () => {
  it.each([
    ['skip ahead to the next step on checkout in staging'],
    ['promote the totally paused checkout in staging'],
    ["i'm 100 percent sure: promote checkout in staging"],
  ])('"%s" is no sure full promotion', (text) => {
    const r = read(text);
    expect(r.confident && r.plan.outcome === 'tool' && r.plan.args.full === true).toBe(false);
  });

  it('"back to back" is more than once: no sure single restart', () => unsure('restart worker in staging back to back'));

  it('"100% sure" gives no packet loss of 100%', () => {
    const r = read('100% sure about this: drop packets to web in staging');
    expect(r.plan.outcome === 'tool' ? r.plan.args.lossPercent : undefined).not.toBe(100);
  });
});

describe('red-team round 137: how sure the speaker is, and a step skipped to with words between', () => {
  it.each([
    ['skip straight on to the next step on checkout in staging'],
    ["i'm 100% behind this: promote checkout in staging"],
    ['totally sure: promote checkout in staging'],
    ["i'm 100% on it: drop packets to web in staging"],
  ])('"%s" is no sure full promotion or packet loss', (text) => {
    const r = read(text);
    expect(r.confident && r.plan.outcome === 'tool' && (r.plan.args.full === true || r.plan.args.lossPercent === 100)).toBe(
      false,
    );
  });
});
