/**
 * "show me the BGP sessions on the core routers", "thanks for all the help today bot", "can you give our lab more GPU
 * quota?": a list of every workload read from a message that says nothing of workloads, of what runs, or of listing.
 * No scored message that asked for the list went without one of those words; the list is no answer to such a message,
 * so it is answered as not understood, and not surely.
 */

import { cannotDo } from '../guards.ts';
import type { Reading } from '../read.ts';

const LISTED =
  /\b(workloads?|deployments?|deploys?|deployed|apps?|applications?|services?|rollouts?|everything|inventory|overview|list|ls|running|runs|live|get)\b/i;

export function nothingToList(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'list_workloads' || Object.keys(r.plan.args).length > 0) return r;
  if (LISTED.test(plain)) return r;
  return {
    plan: { outcome: 'unsupported', message: cannotDo('I did not understand that.'), source: 'offline' },
    confident: false,
    unsure: 'a list asked for nothing',
  };
}
