/**
 * A second action beside a confident write, said in a form the reader does not count as a command: a verb in -ing of
 * another tool ("scale worker in prod to 2 (and restarting it)", "pause checkout & rolling it back", "roll back web,
 * by restarting it"), "with the rest" of something, or an image said for a write that takes none ("restart api, from
 * the previous image"). The requester confirms it (red-team round 129).
 */

import type { Reading } from '../read.ts';
import { doubted, isSureWrite } from './common.ts';

/** The tools a verb in -ing may ask for. */
const GERUNDS: [RegExp, string[]][] = [
  [/\b(restart|bounc|recycl|reboot|cycl)ing\b/gi, ['restart']],
  [
    /\b(?:rolling(?! (?:restart|update|deploy|out))|revert|undo)ing\b|\brolling\b(?= (?:it|them|that|this|\w+) back\b)/gi,
    ['rollback'],
  ],
  [/\b(scal|bump|resiz|spinn)ing\b|\btaking (?:it|them|\w+) (?:down|offline|out)\b/gi, ['scale']],
  [/\b(delet|kill|nuk|terminat|evict)ing\b/gi, ['delete_pod', 'launch_chaos']],
  [/\bpromoting\b/gi, ['promote_rollout']],
  [/\b(abort|stopp|cancell?)ing\b/gi, ['abort_rollout', 'stop_chaos']],
  [/\bpausing\b/gi, ['pause_rollout']],
  [/\bretrying\b/gi, ['retry_rollout']],
  [/\b(deploy|shipp|updat|upgrad)ing\b/gi, ['set_image', 'create_deployment']],
  [/\bdraining\b/gi, []],
];
const THE_REST = /\b(with|and|plus) (the rest|everything else|all the others|the others)\b/i;
const IMAGE_SAID = /\bfrom the (previous|old|last|prior|stable|new) (image|version|build|release|revision|tag)\b/i;

export function secondActionBeside(r: Reading, plain: string): Reading {
  if (!isSureWrite(r) || r.plan.outcome !== 'tool') return r;
  const tool = r.plan.tool;
  // (Killing or deleting beside an experiment is its own only when the experiment kills pods.)
  const podsKilled = tool === 'launch_chaos' && /^pod-/.test(String(r.plan.args.experiment));
  const other = GERUNDS.some(([re, tools]) => {
    re.lastIndex = 0;
    return re.test(plain) && !tools.filter((t) => t !== 'launch_chaos' || podsKilled).includes(tool);
  });
  const imageless = IMAGE_SAID.test(plain) && tool !== 'rollback' && tool !== 'set_image';
  return other || imageless || THE_REST.test(plain) ? doubted(r, 'a second action in other words') : r;
}
