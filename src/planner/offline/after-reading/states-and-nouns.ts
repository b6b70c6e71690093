/**
 * Words that end a state, and actions said as nouns, that the reader may take for the call itself: a running
 * experiment ended in other words ("destroy the cpu stress", "the memory stress can go"), a pause ended ("cancel
 * checkout's pause", "release the hold"), a rollout stopped where it stands ("at this step"), a state of the steps
 * before a promotion ("all steps ok, promote …"), a part of the pods spun down, a step undone, "scale in NAMESPACE", thanks for or news of an action
 * ("thanks for the api restart", "latest on the web rollback"), a retry of another action ("retry the restart"), and a
 * place or a workload said beside the call that is not its own ("staging - restart api in prod"). Each leaves a sure
 * write for the requester to confirm (red-team round 139).
 */

import type { PlanContext } from '../../plan.ts';
import { nameSets } from '../inventory-names.ts';
import type { Reading } from '../read.ts';
import { doubted, isSureWrite } from './common.ts';

/** A verb that ends an experiment already running: "destroy the cpu stress", "the memory stress can go". */
const ENDING_EXPERIMENT =
  /\b(?:destroy|purge|terminate|rm|evict|end|stop|cancel|halt|quit|cease|scrap|tear down|get rid of|shut (?:it )?down|wrap up|kill off|call off|decommission|retire|disable|turn off|switch off)\b|\b(?:can|has to|must|should) go\b/i;
/** A pause ended in other words: "cancel checkout's pause", "release the hold", "quit pausing". */
const ENDING_PAUSE =
  /\b(?:out of|past|off|beyond|through)\s+(?:the |its |this |that |[a-z0-9-]+'s )?(?:pause|hold|freeze)\b|\b(?:pause|hold|freeze)\s+(?:is\s+|'s\s+)?over\b|\b(?:cancel|stop|halt|quit|cease|end|lift|remove|undo|drop|clear|skip|break|resume|get rid of)\b[^.?!,;]{0,30}\b(?:pause[ds]?|pausing|hold|holding|freeze|freezing|suspend|suspended|suspending|suspension)\b|\brelease (?:the |its |[a-z0-9-]+'s )?(?:pause|hold|freeze|suspension)\b|\b(?:pause|hold|freeze|suspension)\b[^.?!,;]{0,20}\b(?:can go|has to go|must go|is over|ends?|off)\b|\bun-?pause\b/i;
/** A rollout held where it stands, not sent back: "stop it at this step", "right here", "at 20%". */
const WHERE_IT_STANDS =
  /\bas (?:it )?is\b|\bat (?:its|current)\b|\bwhere it'?s at\b|\b(?:at|on|in) (?:this|the current|current|that|its current) (?:step|point|stage|weight|pause|percentage)\b|\bright (?:here|there|now where)\b|\b(?:here|there)\s*[.!]*\s*$|\bwhere it (?:currently |now )?(?:stands|is|sits)\b|\bin place\b|\bat \d+ ?%/i;
/** The steps, the analysis or the canary told as done or fine before a promotion. */
const STEPS_TOLD =
  /\b(?:steps?|stages?)\s+(?:is |are |was |were |look |looks |all )?(?:ok|okay|fine|good|green|complete|completed|done|passed|finished|healthy)\b/i;
/** An action said as a noun after thanks, news or a pointer: "thanks for the api restart", "latest on the web rollback". */
const ACTION_NOUNS =
  '(?:restart|rollback|roll-?back|abort|promotion|promote|scale(?:-?up|-?down)?|scaling|pause|retry|deletion|revert|deploy|redeploy|rollout|experiment|bounce|reboot|recycle|downgrade|upgrade|reload|restore|failover)';
const ACTION_NOUN = new RegExp(
  `\\b(?:thanks|thank you|thx|ty|cheers|kudos)\\s+(?:for\\s+)?(?:(?:the|that|this|your|my|our|a|an|[a-z0-9-]+'s)\\s+)?(?:[a-z0-9-]+\\s+){0,2}?${ACTION_NOUNS}\\b|\\b(?:latest|news|update|updates|status|about|re|regarding|on|for|still|how'?s|how is|what about)\\s+(?:the|that|this|your|my|our|[a-z0-9-]+'s)\\s+(?:[a-z0-9-]+\\s+)?${ACTION_NOUNS}\\b`,
  'i',
);
/** Another action named beside a retry: "retry the restart", "try a restart again". */
const OTHER_ACTION =
  /\b(?:restart|rollback|roll back|abort|promot\w*|pause|scal\w*|delet\w*|deploy\w*|redeploy\w*|update|revert|kill|bounce|reboot|recycle|cycle)\b/i;

export function statesAndNouns(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (!isSureWrite(r)) return r;
  const { tool, args } = r.plan;
  if (tool === 'launch_chaos' && ENDING_EXPERIMENT.test(plain)) return doubted(r, 'an experiment ended in other words');
  if (tool === 'pause_rollout' && ENDING_PAUSE.test(plain)) return doubted(r, 'a pause ended in other words');
  // "spin down api's new pods", "spin web's old pods down": a part of the pods, not all.
  if (
    tool === 'scale' &&
    args.replicas === 0 &&
    /\bspin\b/i.test(plain) &&
    /\b(?:half|some|most|few|several|part|one|two|three|\d+|old|older|new|newer|previous|extra|other|spare)\b|'s\b/i.test(plain)
  )
    return doubted(r, 'a part of the pods spun down');
  if (tool === 'abort_rollout' && WHERE_IT_STANDS.test(plain)) return doubted(r, 'a rollout held where it stands');
  if (tool === 'promote_rollout' && args.full === true && STEPS_TOLD.test(plain)) return doubted(r, 'the steps told as done');
  // "go to the previous step", "promote … to the step before": a step back, which no promotion takes.
  if (tool === 'promote_rollout' && /\b(?:previous|prior|earlier|last|before|back)\b/i.test(plain))
    return doubted(r, 'a step back');
  if (tool === 'rollback' && /\bsteps?\b|\b(?:last|the|this|a|one|previous|current|canary) stages?\b/i.test(plain))
    return doubted(r, 'a step undone');
  if (tool === 'scale' && /\bscale in (?:the )?(?:prod|production|staging|stg|stage|monitoring|kube-system)\b/i.test(plain))
    return doubted(r, '"scale in" before a place');
  if (ACTION_NOUN.test(plain)) return doubted(r, 'an action named as a noun');
  if (tool === 'retry_rollout' && OTHER_ACTION.test(plain)) return doubted(r, 'a retry of another action');
  // "staging - restart api in prod", "web -- restart api": a place or a workload beside the call that is not its own.
  const names = nameSets(ctx).known.correction;
  const own = new Set([String(args.name ?? args.target ?? ''), String(args.namespace ?? '')]);
  const words = plain
    .toLowerCase()
    .replace(/\S*[/:@]\S*/g, ' ')
    .split(/[^a-z0-9-]+/)
    .filter(Boolean);
  const other = words.some(
    (w) =>
      (names.workloads.has(w) && !own.has(w) && !String(args.name ?? '').startsWith(`${w}-`)) ||
      (names.namespaces.has(w) && !own.has(names.namespaces.get(w) ?? '')),
  );
  return other ? doubted(r, 'another place or workload beside the call') : r;
}
