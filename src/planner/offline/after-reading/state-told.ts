import type { Reading } from '../read.ts';
import { doubted, isSureWrite } from './common.ts';

/**
 * A write read from words that tell how things are, not what to do (red-team round 170): "worker in prod currently 0
 * replicas", "api in staging still with memory stress", "web in prod 3 replicas healthy", "fyi: web in prod rollback",
 * "web in prod 3 replicas :(", "hmm checkout in staging next step", "scale web to some 3 replicas". Each is left for
 * the requester to confirm; the reading itself stands.
 */
export function stateTold(r: Reading, plain: string, text: string): Reading {
  if (!isSureWrite(r)) return r;
  // ("at scale 6" tells a size; its "scale" asks nothing.)
  const verb = ASKED.test(plain.replace(/\bat scale\b/gi, ' '));
  if (STATE_WITH.test(plain) || (STATE_ADVERB.test(plain) && !verb)) return doubted(r, 'a state told');
  // ("promote checkout, QA is green": a state of something else, told with its own verb, is a reason.)
  if ((STATE_AT_END.test(plain) && !BEING.test(plain)) || STATE_BEFORE_NOUN.test(plain)) return doubted(r, 'a state told');
  // ("new deployment echo in prod with image …": a create names its image so.)
  if (STATE_PHRASE.test(plain) && !verb && r.plan.tool !== 'create_deployment') return doubted(r, 'a state told');
  if (NEWS.test(plain)) return doubted(r, 'news told');
  if ((FEELING.test(plain) || FEELING.test(text)) && !verb) return doubted(r, 'a feeling beside it');
  if (MUSING.test(plain) && !verb) return doubted(r, 'a thought said aloud');
  if (/\bsome\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(plain))
    return doubted(r, 'a count said roughly');
  return r;
}

/** Words that ask for a change: a verb of the catalog's actions, or a word of asking. */
const ASKED =
  /\b(?:scal\w*|restart\w*|roll\w*|rollback|revert\w*|undo|promot\w*|abort\w*|paus\w*|retr\w*|delet\w*|kill|stop|set|updat\w*|deploy|creat\w*|launch|inject|add|remov\w*|give|take|bump|double|triple|halve|increase|decrease|reduce|raise|lower|bring|put|make|go|move|bounce|reboot|recycle|ship|push|run|start|hold|freeze|resume|continue|proceed|drop|cut|(?<!\b(?:cpu|memory|mem)\s)stress|hog|burn|spin|upgrade|downgrade|change|switch|nuke|terminate|evict|trigger|skip|finish|do|need|want|let'?s|please|pls|plz|can|could|would|end|cancel)\b/i;
const STATE_ADVERB = /\b(?:currently|still|already|atm|at the moment|as of now|as we speak)\b/i;
/** "currently with cpu stress", "live with 3 replicas", "still on 1.8.0": a state said with "with" or "on". */
const STATE_WITH = /\b(?:currently|still|already|live|now)\s+(?:with|on|at|running)\b/i;
/** "3 replicas healthy", "restart running", "next step, ready", "image 1.8.0 live now": a state word at the end. */
const STATE_AT_END =
  /[\p{L}\p{N}%)](?<!\bto)\s*(?:,\s*|and\s+)?(?:running|ready|healthy|live|green|stable|in progress|pending|underway|ongoing)(?:\s+now)?\s*[.!]*\s*$/iu;
const BEING = /\b(?:is|are|was|were|looks?|seems?|went|turned|got|stays?|'s|'re)\b/i;
/** "3 running replicas", "0 live replicas": a state word between a count and what it counts. */
const STATE_BEFORE_NOUN = /\b\d+\s+(?:running|ready|healthy|live|available)\s+(?:replicas?|pods?|instances?|copies)\b/i;
/** "on image 1.8.0", "with 6 replicas", "at scale 6", "the 6 replica web", "on the next step", "back on revision 1". */
const STATE_PHRASE =
  /\b(?:on|with) (?:the )?image\b|\b(?:with|of) \d+ (?:replicas?|pods?|instances?)\b|\bat scale \d+|\b(?:an?|the) \d+[- ]replicas?\b|\bon the (?:next|last|final) step\b|\bon revision \d+/i;
/** A line of news: "fyi …", "btw …", "heads up: …", "anyway, …", "psa: …". */
const NEWS = /^\W*(?:fyi|btw|by the way|heads[- ]up|psa|anyway)\b/i;
/** Sad, surprised or celebrating faces: ":(", ":'(", "=(", "D:", "🎉", ":tada:", "😢". */
const FEELING =
  /(?:^|\s)(?::-?\(|:'-?\(|=\(|D:|:-?\/|:-?o|:tada:|:cry:|:sob:|:disappointed:|:confused:|:partying_face:)(?=\s|$)|[\u{1F389}\u{1F38A}\u{1F973}\u{1F622}\u{1F62D}\u{1F641}\u{2639}\u{1F61E}\u{1F614}\u{1F62E}\u{1F631}\u{1F633}\u{1F615}]/u;
/** A thought said aloud before the words: "hmm …", "huh, …", "welp". */
const MUSING = /^\W*(?:hm+|hmm+|huh|welp|ooh|oh+|wow|uh+|um+)\b/i;
