/**
 * "restart api in prod before the drill", "scale web to 10 for the launch", "pause checkout during the experiment": a
 * write tied to an event may be for later, when the event comes; there is no schedule, so the requester says whether
 * it is for now (red-team rounds 167 and 168).
 */

import type { Reading } from '../read.ts';
import { doubted, isSureWrite } from './common.ts';

const EVENT_TIME =
  /\b(?:before|after|during|ahead of|for|until|till) the (?:\w+ )?(?:drill|experiment|change|launch|demo|cutover|migration|release|keynote|game ?day|incident review|window|maintenance)\b/i;

export function eventTime(r: Reading, plain: string): Reading {
  return isSureWrite(r) && EVENT_TIME.test(plain) ? doubted(r, 'a time tied to an event') : r;
}
