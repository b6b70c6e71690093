/**
 * Checks after the reading on rollbacks and rollout commands: the revisions a workload has or one said to be good,
 * the phase a rollout is in, rollout commands said loosely or amid trouble, the rollout a message names or means by
 * its strategy, a way back from a change that was no version.
 */

import type { PlanContext } from '../../plan.ts';
import { resolveCall } from '../../resolve.ts';
import { compiledOnce, literal } from '../compiled.ts';
import { imageRepository, imageTag } from '../image-ref.ts';
import { workloadAt, workloadNames } from '../inventory-names.ts';
import { type Reading, read } from '../read.ts';
import { askBack, isWriteVerbIn, placesIn } from './common.ts';

/**
 * "The checkout canary in production got aborted … Prometheus is back. Can you retry it?": a rollout verb on a pronoun
 * that points at a Deployment means the one rollout the message names, for the requester to confirm.
 */
export function theRolloutMeant(r: Reading, plain: string, ctx: PlanContext): Reading {
  // Only a retry of a rollout the message says was aborted or failed ("web is flapping — pause it" means web).
  if (r.plan.outcome !== 'clarify' || !/\bretry works on Argo Rollouts only/.test(r.plan.message)) return r;
  if (!/\b(abort\w*|fail\w*)\b/i.test(plain)) return r;
  const words = plain.toLowerCase().split(/[^a-z0-9-]+/);
  const places = placesIn(words, ctx);
  const rollouts = [
    ...new Set(
      ctx.inventory.workloads
        .filter((w) => w.kind === 'Rollout' && words.includes(w.name) && (places.length !== 1 || w.namespace === places[0]))
        .map((w) => `${w.name} in ${w.namespace}`),
    ),
  ];
  if (rollouts.length !== 1 || places.length !== 1) return r;
  const verb = /\b(retry|promote|abort|pause)\b/i.exec(r.plan.message)?.[1];
  if (!verb) return r;
  const again = read(`${verb} ${rollouts[0]}`, ctx, false, true);
  return again.plan.outcome === 'tool' ? { ...again, confident: false, unsure: 'the rollout the message names' } : r;
}

/**
 * "status of the blue-green?", "how's the canary in prod doing": the one Rollout of that strategy (in the place the
 * message names), described, for sure only when the message names no workload at all.
 */
export function byStrategy(r: Reading, plain: string, ctx: PlanContext): Reading {
  const said = /\b(?:the|that|our|this) (canary|blue[- /]?green)\b/i.exec(plain);
  if (!said) return r;
  const words = plain.toLowerCase().split(/[^a-z0-9-]+/);
  if (words.some((w) => workloadNames(ctx).has(w))) return r;
  const asked =
    (r.plan.outcome === 'tool' && ['list_workloads', 'describe_workload'].includes(r.plan.tool)) ||
    (r.plan.outcome === 'clarify' && /^(Which workload\?|I cannot find a workload called)/.test(r.plan.message));
  if (!asked || isWriteVerbIn(plain)) return r;
  const strategy = /canary/i.test(said[1]) ? 'canary' : 'blueGreen';
  const places = placesIn(words, ctx);
  const found = ctx.inventory.workloads.filter(
    (w) => w.kind === 'Rollout' && w.strategy === strategy && (places.length !== 1 || w.namespace === places[0]),
  );
  // "how is the canary doing": a rollout of that strategy, but more than one is.
  if (found.length > 1 && r.plan.outcome === 'tool' && r.confident)
    return { ...r, confident: false, unsure: 'one of several rollouts by their strategy' };
  if (found.length !== 1 || places.length > 1) return r;
  const d = read(`describe ${found[0].name} in ${found[0].namespace}`, ctx, false, true);
  return d.plan.outcome === 'tool' ? { ...d, confident: false, unsure: 'a rollout by its strategy' } : r;
}

/** What was changed besides a version: a count, a pause, an autoscaler, a setting. */
const NOT_A_VERSION =
  /\b(doubl\w*|halv\w*|tripl\w*|scal\w*|replicas?|pods?|down to|up to|took \w+ down|paus\w*|hpa|autoscal\w*|log level|logging|debug|config\w*|limits?|requests|resources|settings?|env|flags?|secrets?|annotations?|labels?|count)\b/i;

/** "I doubled worker for the load test, put it back the way it was": back from a change that was no new version. */
export function putBackWhat(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'rollback' || r.plan.args.toRevision !== undefined) return r;
  // The person's own line that asks for it, not pasted output above it.
  const line = plain.split('\n').find((l) => /\b(the way it was|how it was|what(ever)? it was)\b/i.test(l));
  if (line === undefined || !NOT_A_VERSION.test(line)) return r;
  return askBack(
    `Put back what? A rollback of ${r.plan.args.name} goes back to its previous version; a count or a setting I cannot restore from memory. Say "roll back ${r.plan.args.name}" or the count, e.g. "scale ${r.plan.args.name} to 2".`,
  );
}

/**
 * "roll back web to revision 5" when its history holds 2, "to revision 2" when 2 is the one running: a revision the
 * workload does not have to go back to is asked about (where the inventory read the history). A rollback to the
 * previous one of a workload with one revision, to a Rollout's numbered revision, or said as "-1" or "the latest" is
 * not sure: the dry run says what it finds.
 */
export function revisionKnown(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'rollback') return r;
  const { namespace, name } = r.plan.args;
  const toRevision = typeof r.plan.args.toRevision === 'number' ? r.plan.args.toRevision : undefined;
  const w = workloadAt(ctx, namespace, name);
  const unsure = (why: string) => (r.confident ? { ...r, confident: false, unsure: why } : r);
  if (/\b(?:revision|rev)\s*-\s*\d|\b(?:latest|newest|current|last)\s+revision\b/i.test(plain))
    return unsure('a revision said oddly');
  if (w?.revisions === undefined) return r;
  if (toRevision === undefined) return w.revisions === 1 && w.kind === 'Deployment' ? unsure('one revision') : r;
  // (Argo Rollouts number their revisions their own way.)
  if (w.kind !== 'Deployment') return unsure("a Rollout's revision");
  const held = w.revisions;
  if (toRevision >= 1 && toRevision < held) return r;
  return askBack(
    held === 1
      ? `${namespace}/${name} has one revision, the one running: there is none to go back to.`
      : toRevision === held
        ? `${namespace}/${name} runs revision ${held} now. Which earlier revision? Say "roll back ${name} to revision 1".`
        : `${namespace}/${name} has revisions 1 to ${held}; there is no revision ${toRevision}. Say "describe ${name}" to see them.`,
  );
}

/**
 * "roll back web in prod to ghcr.io/acme/web:1.8.0": a rollback goes to the revision before, whatever its image, and the
 * inventory holds only the image running. The image it runs now is asked about; another one is the requester's to
 * confirm (the dry run shows the image it goes back to). An image in the story ("the image X is broken") is no target.
 */
export function rollbackToImage(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'rollback' || r.plan.args.toRevision !== undefined) return r;
  // "to X", "to the image X", "-> X", "back onto `X`": the image the rollback is pointed at ("the image X is broken",
  // "running=X" tell a story).
  const image =
    /(?:\bto|->|=>|\u2192|\bonto)\s+(?:the\s+)?(?:image\s+|version\s+|build\s+)?[`'"]?\s*((?:[a-z0-9.-]+\/)+[\w.-]+:[\w.-]*\d[\w.-]*)/i
      .exec(plain)?.[1]
      ?.replace(/[.]+$/, '');
  if (!image) return r;
  const { name, namespace } = r.plan.args;
  const live = workloadAt(ctx, namespace, name);
  if (live?.images?.includes(image))
    return askBack(
      `${String(namespace)}/${String(name)} runs ${image} now. A rollback goes to the revision before it: say "roll back ${String(name)} in ${String(namespace)}" for that.`,
    );
  // A Rollout on its way to a new image still serves its stable one: back to it is an abort, not a rollback.
  if (
    live?.phase !== undefined &&
    live.phase !== 'Healthy' &&
    live.images.some((x) => imageRepository(x) === imageRepository(image))
  )
    return askBack(
      `${String(namespace)}/${String(name)} is rolling out ${live.images[0]}. To keep its stable version, say "abort ${String(name)} in ${String(namespace)}"; a rollback goes to the revision before the new one.`,
    );
  return r.confident ? { ...r, confident: false, unsure: 'an image named for a rollback' } : r;
}

/** "n-2", "previous previous", "two versions back", "the one before last": more than one revision back. */
const STEPS_BACK =
  /\bn ?[-\u2212] ?[2-9]\b|\b(?:previous|prev)[ ,]+(?:previous|prev)\b|(?:^|\s)[-\u2212][2-9]\b|\b(?:two|three|four|[2-9]) (?:versions?|revisions?|releases?|deploys?|deployments?|builds?|steps?) (?:back|ago|before|earlier|prior)\b|\bback (?:two|three|four|[2-9]) (?:versions?|revisions?|releases?|deploys?|builds?|steps?)\b|\b(?:one|version|revision|release|build|deploy) before (?:the )?(?:last|previous)(?: one)?\b/i;
/**
 * "undo the last rollback", "revert the undo", "roll back web again": a way back from a rollback (a second one goes back
 * to the version just left), which the bot has no record of here.
 */
const UNDO_OF_UNDO =
  /\b(?:undo|revert|reverse|roll ?back|cancel)(?: the| that| my| our| your)?(?: last| previous| latest| recent)? (?:rollback|roll-back|undo|revert)\b|\b(?:roll ?back|rollback|revert|undo)\b[^.!?]*(?<!\b(?:thanks|thank you|thx|ty|cheers)\s)\b(?:again|once more|one more time)\b/i;

/**
 * "roll back web prod to n-2", "undo the last rollback of web": a rollback more than one revision back, or the undoing
 * of one, is no single step back: asked which revision (an executed rollback offers Undo of its own).
 */
export function stepsBack(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'rollback' || r.plan.args.toRevision !== undefined) return r;
  if (!STEPS_BACK.test(plain) && !UNDO_OF_UNDO.test(plain)) return r;
  return askBack(
    `Which revision exactly? I roll back one revision, or to the one you name: say "roll back ${String(r.plan.args.name)} in ${String(r.plan.args.namespace)} to revision N" (describe it to see its revisions). To undo a change I ran, use its Undo button or \`coxswain undo\`.`,
  );
}

/**
 * "abort checkout in prod" where prod checkout is Healthy: a rollout command that does nothing in the phase the
 * inventory read. The reading is right, so it stays as sure as it was (unless the abort was said in other words); the
 * answer says the phase (the inventory may be seconds old, and the dry run and the approvers see the object as it is).
 */
export function phaseFits(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool') return r;
  const { tool, args } = r.plan;
  const w = workloadAt(ctx, args.namespace, args.name);
  if (w?.kind !== 'Rollout' || !w.phase) return r;
  const idle = w.phase === 'Healthy';
  // "scrap the checkout deployment in prod", "cancel checkout's deploy": an abort said in words that are not "abort" nor
  // of a release may mean the object itself, when nothing is under way or the Deployment is named as one: the
  // requester confirms.
  const otherWords =
    tool === 'abort_rollout' &&
    !/\b(abort\w*|rollouts?|canar(y|ies)|releases?|upgrades?|promotions?|blue-?green|cutover|switchover|preview)\b/i.test(plain);
  const objectNamed = /\bdeployments?\b/i.test(plain) || new RegExp(`\\b${String(args.name)}('s)?[- ]deploy\\b`, 'i').test(plain);
  const sure = otherWords && (idle || objectNamed) ? { ...r, confident: false, unsure: 'an abort said in other words' } : r;
  const why =
    (tool === 'promote_rollout' && idle && 'no update is waiting to be promoted') ||
    (tool === 'abort_rollout' && idle && 'no update is in progress to abort') ||
    (tool === 'retry_rollout' && w.phase !== 'Degraded' && 'it was not aborted, so a retry changes nothing') ||
    (tool === 'pause_rollout' && w.phase === 'Paused' && 'it is paused already');
  if (!why) return sure;
  return {
    ...sure,
    plan: { ...r.plan, message: `${r.plan.message} Note: ${args.namespace}/${args.name} is ${w.phase}: ${why}.` },
  };
}

/**
 * "abort checkout in staging (3.0.9)", "promote payments to 4.2.0", "next stage: 100%", "send everyone back to the
 * stable version": a rollout command beside a version, a weight, or said in business words the reader rewrote. The
 * rollout goes where its own spec says, not to the version named: the requester confirms.
 */
export function rolloutWordsDoubted(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || !r.confident || !/_rollout$/.test(r.plan.tool)) return r;
  // "abort checkout, 3.2.0 is throwing 500s": the version on its way is the rollout's own, not one to go to.
  const live = workloadAt(ctx, r.plan.args.namespace, r.plan.args.name);
  const own = live?.phase !== undefined && live.phase !== 'Healthy' ? imageTag(live.images[0]) : undefined;
  // Only the version told of, not one to go to or to keep ("promote checkout to 3.2.0-rc1", "abort payments and keep
  // 4.1.0": red-team round 161).
  const told =
    own && /\d/.test(own)
      ? plain.replace(
          compiledOnce(
            `(?<![\\w.:/-])(?<!\\b(?:to|keep|keeping|kept|onto|on|at|with|and|for|from|stay|stays)\\s+)v?${literal(own)}(?![\\w.-])`,
            'gi',
          ),
          ' ',
        )
      : plain;
  const business =
    /\b(?:send|move|put|switch)\s+(?:all\s+(?:the\s+)?)?(?:customers|users|everyone|everybody|traffic)\b|\b(?:move|go|proceed|advance)\s+on\s+to\s+the\s+next\b|\bstart\s+(?:it|that|the \w+)\s+again\b/i;
  const version = /(?<![\w.-])v?\d+\.\d+(?:\.\d+)?(?![\w.])|:v?\d[\w.-]*|\bv\d+\b/;
  return business.test(plain) || version.test(told) ? { ...r, confident: false, unsure: 'a rollout said loosely' } : r;
}

/** Trouble or another process's steps around "next step": no rollout is asked to go on. */
const TROUBLE =
  /\b(broken|bad|fail\w*|5\d\d|down|doubled|spik\w*|firing|runbook|migration|checklist|step \d+ of|incident|degraded|crash\w*)\b/i;

/** "checkout looks broken, error rate doubled. next step pls": not a promotion to confirm, a question to ask. */
export function nextStepInTrouble(r: Reading, plain: string): Reading {
  // Only "next step" said alone ("…. next step pls"), not "go ahead to the next step" of a rollout.
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'promote_rollout') return r;
  if (!/(^|[.,!?;:\u2014\u2013]\s*)next step(\s+(please|pls|plz|now))*[\s.!]*(\p{Extended_Pictographic}|$)/iu.test(plain))
    return r;
  if (!TROUBLE.test(plain)) return r;
  return askBack(
    `The message speaks of trouble or of other steps, so I will not move ${r.plan.args.name} on. Say "promote ${r.plan.args.name} one step" if that is what you want.`,
  );
}

/** A revision said to be good: "revision 1 was the last good one", "rev 3 was fine", "was fine on 1.7.2 (revision 1)". */
const GOOD_REVISION =
  /\b(?:revision|rev)\s*#?(\d+)\b[^.!?;\n]*?\b(?:was|is)\b[^.!?;\n]*?\b(?:good|fine|ok|okay|stable|healthy|working|worked|green)\b|\b(?:was|is) (?:good|fine|ok|okay|stable|healthy|working)\b(?:[^.!?;\n]|\.(?=\d)){0,30}\((?:revision|rev)\s*#?(\d+)\)/i;
const BAD_WORDS =
  /\b(broken|bad|fail\w*|buggy|crash\w*|throwing|errors?|5\d\d|leak\w*|until|but|now it|trust|not (?:good|fine|ok|okay|stable|healthy))\b|n't\b/i;

/** "Revision 1 was the last good one for web in staging. Go back there.": a rollback to the revision said to be good. */
export function goodRevision(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'rollback' || r.plan.args.toRevision !== undefined) return r;
  const said = plain;
  const all = [...said.matchAll(/\b(?:revision|rev)\s*#?(\d+)\b/gi)];
  const good = GOOD_REVISION.exec(said);
  // "revision 2 was good until yesterday, now it's throwing 500s. roll it back": a revision is named and not taken.
  if (all.length > 0 && (all.length !== 1 || !good || BAD_WORDS.test(said))) {
    return r.confident ? { ...r, confident: false, unsure: 'a revision named and not taken' } : r;
  }
  if (!good) return r;
  const plan = resolveCall('rollback', { ...r.plan.args, toRevision: Number(good[1] ?? good[2]) }, ctx, 'offline');
  return plan.outcome === 'tool' ? { plan, confident: false, unsure: 'a revision said before' } : r;
}

/**
 * "finish this step on checkout", "complete the current canary step": the step in hand, not the whole rollout, where
 * "finish" and "complete" alone mean all the way (red-team round 116). One step, for the requester to confirm.
 */
export function thisStepFinished(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'promote_rollout' || r.plan.args.full !== true) return r;
  if (!/\b(finish|complete)\w*\s+(this|that|the|its|the current|current)\s+(canary\s+)?(step|pause|stage)\b/i.test(plain))
    return r;
  return { ...r, plan: { ...r.plan, args: { ...r.plan.args, full: false } }, confident: false, unsure: 'one step finished' };
}

/** "100%, promote checkout", "yes 100% promote it": "100%" as "certainly", not as the weight to reach. */
export function percentAsYes(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'promote_rollout' || r.plan.args.full !== true) return r;
  if (!/^\W*((yes|yep|yeah|sure|ok|okay)\W+)?100\s*(%|percent)\W/i.test(plain)) return r;
  if (
    /\b(full|fully|all the way|skip|to 100|100\s*(%|percent) (traffic|weight))\b/i.test(
      plain.replace(/^\W*((yes|yep|yeah|sure|ok|okay)\W+)?100\s*(%|percent)/i, ''),
    )
  )
    return r;
  return { ...r, plan: { ...r.plan, args: { ...r.plan.args, full: false } }, confident: false, unsure: '"100%" as yes' };
}
