/**
 * A write said beside a "when" ("restart api in staging when we deploy", "please when we ship roll back web"), an
 * event it waits for ("at launch", "on push") or someone's go-ahead ("when we get the go", "on their yes"): it may be
 * for later or for someone else to decide, so the requester confirms it (red-team round 130). Courtesy about the
 * bot's own time ("when you get a sec", "whenever you can") asks for it now.
 */

import { isWriteTool } from '../intent.ts';
import type { Reading } from '../read.ts';

const WAITS_FOR =
  /\bwhen(ever)?\b|\b(at|on|around|by|with|after|before) (the )?(launch|push|ship|go-?live|cutover|kickoff|kick-off)\b|\b(get|have|got) (the |a |an )?(go|ok|okay|yes|green light|nod)\b|\bon (their|his|her|my|your|a|an|the) (yes|go|ok|okay|word|signal|nod)\b/i;
const COURTESY = /\bwhen(ever)? (you|u) (get|have) (a|the) (sec|second|chance|minute|moment|mo)\b|\bwhenever (you|u) can\b/gi;

export function conditionBesideWrite(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || !isWriteTool(r.plan.tool) || !r.confident) return r;
  return WAITS_FOR.test(plain.replace(COURTESY, ' '))
    ? { ...r, confident: false, unsure: 'a condition or an event beside the write' }
    : r;
}
