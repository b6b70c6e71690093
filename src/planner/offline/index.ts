/**
 * The offline planner: a message prepared (a pasted table fenced, spoken names put back), read once (read.ts), then
 * checked after the reading (after-reading/) in a fixed order.
 */

import type { Plan, PlanContext, Planner } from '../plan.ts';
import { commandBesideRead } from './after-reading/command-beside-read.ts';
import { isWriteVerbIn } from './after-reading/common.ts';
import { conditionBesideWrite } from './after-reading/conditions.ts';
import { eventTime } from './after-reading/event-times.ts';
import {
  allPodsSaid,
  countToldAsState,
  drillWords,
  levelInWords,
  onePodRestarted,
  perPlace,
  podChosen,
  shareInWords,
  stateReported,
} from './after-reading/how-much.ts';
import {
  bareMajorTag,
  fromVersionTo,
  imageNotKnownYet,
  imagePointedAt,
  imageRunningNow,
  registryOmitted,
  twoImages,
  versionCondition,
} from './after-reading/images-and-versions.ts';
import { looseChange, looseCount } from './after-reading/loose-count.ts';
import { nothingToList } from './after-reading/nothing-to-list.ts';
import { objectOfTheVerb } from './after-reading/object-of-the-verb.ts';
import { experimentOnNode, objectBesideCreate } from './after-reading/objects-without-tools.ts';
import { openingForm } from './after-reading/openings.ts';
import { amongOtherLines } from './after-reading/other-lines.ts';
import {
  dryRunAsked,
  getItUp,
  hashtagVerb,
  heldLetter,
  moneyAsAName,
  nameOnlyInLink,
  placeByRole,
  totalOverWindow,
  wordsToConfirm,
} from './after-reading/other-meanings.ts';
import { partsAndDegrees } from './after-reading/parts-and-degrees.ts';
import {
  costOfOneWorkload,
  leftAlone,
  membersOfNamespace,
  notThisButThat,
  onCluster,
  placeBesideAnother,
  unknownPlace,
  writeInNoPlace,
} from './after-reading/places-and-targets.ts';
import {
  detailsOfNamed,
  listPointedAt,
  logLinesSaid,
  logWindowSaid,
  optionChosen,
  pointedValue,
  sameActionReworded,
  sameActionTwice,
  sameBuild,
  sameViewThere,
} from './after-reading/pointed-at.ts';
import { questionThenStory } from './after-reading/question-then-story.ts';
import { readBesideInjection } from './after-reading/read-beside-injection.ts';
import { readWanted } from './after-reading/read-wanted.ts';
import { saidByRelation } from './after-reading/relations.ts';
import { relativeValue } from './after-reading/relative-value.ts';
import {
  byStrategy,
  goodRevision,
  nextStepInTrouble,
  percentAsYes,
  phaseFits,
  putBackWhat,
  revisionKnown,
  rollbackToImage,
  rolloutWordsDoubted,
  stepsBack,
  theRolloutMeant,
  thisStepFinished,
} from './after-reading/rollout-words.ts';
import { saidAsPossible } from './after-reading/said-as-possible.ts';
import { askJoinedToWrite, secondActionBeside, secondVerbJoined, twoReadsJoined } from './after-reading/second-action.ts';
import { slackMarkup } from './after-reading/slack-markup.ts';
import { stateTold } from './after-reading/state-told.ts';
import { askedOfSomeoneElse, statesAndNouns, voteBeside } from './after-reading/states-and-nouns.ts';
import {
  alertObject,
  confusedByStory,
  fromPaste,
  instructionsInOwnWords,
  namedInPaste,
  pastInstructions,
  pastJoke,
  readBeforeOwnPlans,
  readBesideReport,
  targetFromStory,
} from './after-reading/story-and-paste.ts';
import { countPlaced, signsDropped } from './after-reading/symbols.ts';
import { timesMarksAndClauses } from './after-reading/times-marks-and-clauses.ts';
import {
  aboutACount,
  chaosValuesSaid,
  clockBesideWrite,
  containerSaid,
  countOff,
  dateBesideWrite,
  experimentShape,
  experimentTargetsSaid,
  farFromNow,
  newCountUnsettled,
  notACount,
  numberWordSlip,
  onePodMeant,
  podShape,
  portsSaid,
  statusLine,
  tagUnsettled,
  twoWindows,
} from './after-reading/unsettled-values.ts';
import { whatHappened } from './after-reading/what-happened.ts';
import { whoAndWhere } from './after-reading/who-and-where.ts';
import { correctionsInEnglish } from './correction.ts';
import { isWriteTool } from './intent.ts';
import { mentionsBot, nameSets, workloadNames } from './inventory-names.ts';
import { stripMarkup } from './normalize.ts';
import { withMessageStore } from './per-message.ts';
import type { Separated } from './quoted.ts';
import { type Reading, read, separatedIn, TOOK_BACK_MESSAGE } from './read.ts';

export type { Reading } from './read.ts';

/**
 * The offline planner: text → one Plan, with no I/O and no model, a pure function of (text, ctx): the Core re-plans
 * a relative size against the live object by passing a context with its replicas. Quoted material is data
 * (quoted.ts), the request is found inside the message (clauses.ts), and `confident` is earned: every word of the
 * request has a role (account.ts), no number is in doubt, nothing was typo-corrected or guessed. Unsure answers go
 * to the model in auto mode, and an unsure write is confirmed by the requester.
 */
export function planOffline(message: string, ctx: PlanContext): Reading {
  return withMessageStore(ctx, () => planMessage(message, ctx));
}

function planMessage(message: string, ctx: PlanContext): Reading {
  // "restart worker in prod⏎restart worker in prod", "scale api to 3 ... scale api to 3 (sorry, it sent twice)", "scale
  // worker to 6 (resending, not sure the first one arrived)": the same request sent again is one request, for the
  // requester to confirm (blind174).
  const once = sentAgain(message);
  if (once !== undefined) {
    const r = planOffline(once, ctx);
    return r.plan.outcome === 'tool'
      ? { plan: { ...r.plan, confident: false }, confident: false, unsure: 'the same request twice' }
      : r;
  }
  // A table pasted without a code fence is read as if it had one; "call it `demo-ui`": a name in code is the name.
  // "restart api in prod, see <https://grafana/…|api dashboard>": a link pointed to for reference is no second ask.
  const typed = fenced(correctionsInEnglish(message))
    .replace(
      /[,;.]?\s*\b(?:see|cf\.?|ref|refs|details|dashboard|graph|link)(?:\s+(?:here|there|at|in|on))?\s*:?\s*<https?:[^>]+>/gi,
      ' ',
    )
    // "…, lmk if anything breaks", "… and ping me when it's back": a report of how it went, asked for at the very end
    // of the request, which the bot's answer in the thread is (nothing else may follow it, red-team round 135).
    .replace(
      /(?:\s*[,;-]\s*|\s+(?:and|then)\s+)(?:(?:lmk|let me know|ping me|notify me|shout)\s+(?:if|when|once)|tell me\s+(?:when|once))\s+(?:(?:(?:it'?s|its|it is|they'?re|they are|that'?s|it'?s all|all is)\s+)?(?:done|back|back up|up|finished|complete|completed|ready|healthy|green|over|through)|(?:it|that|they)\s+(?:is |are |'s )?(?:done|back|finished|completes|finishes|lands|landed|breaks|fails|goes wrong|works)|anything\s+(?:breaks|goes wrong|looks off|is off|fails|changes))[.!\s]*$/i,
      '',
    )
    .replace(/\b(call(?:ed)? it|name(?:d)?(?: it)?|called) `([a-z0-9][-a-z0-9.]*)`/gi, '$1 $2')
    // "Change CHG0050733 is approved": a change record's id is named, no change asked for.
    .replace(
      /(?<!\b(?:and|then|also|plus|pls|please|to|&)\s+)\b(?:the )?change (?=(?:chg|crq|cr|rfc)[-# ]?\d{4,}\b\s*(?:[(,:\u2014\u2013-]|is\b|was\b|has\b|had\b|got\b|approved\b|authori[sz]ed\b|signed\b|implemented\b))/gi,
      '',
    );
  const places = nameSets(ctx).known.correction.namespaces;
  // "role back api in staging": the sound of "roll back", not a role; read as words put back together (confirmed).
  const heard = typed
    .replace(/\brole[- ]?back\b(?! (?:to|the) (?:role|admin|permission|binding)s?\b)/gi, 'roll back')
    // "whats deployed in all namespaces rn": chat's "right now", not a namespace (unless the cluster has one so named).
    .replace(/(?<![\w/.:-])rn(?![\w/.:-])/gi, (m) => (places.has('rn') || workloadNames(ctx).has('rn') ? m : 'right now'));
  const text = workloadsCounted(spokenNames(heard, workloadNames(ctx), places), workloadNames(ctx), places);
  // The whole message's quoted parts, separated once for the checks that follow the reading.
  const parts = separatedIn(text, ctx);
  // The whole message read, then the kinds of message that need more than one reading.
  // The steps after the reading see the person's words without Slack markup, stripped once.
  const plain = stripMarkup(text);
  // "~~restart api in staging~~", "~scale web to 2~ thanks": a request struck out whole is taken back.
  const struck = /(?<![\p{L}\p{N}~])_?~+(?=[^~\n]*[\p{L}\p{N}])[^~\n]+?~+_?(?![\p{L}\p{N}~])/gu;
  const unstruck = struck.test(text) ? text.replace(struck, ' ') : undefined;
  if (unstruck !== undefined && !/[\p{L}\p{N}]/u.test(stripMarkup(unstruck).replace(SIGN_OFF_WORDS, ' ')))
    return { plan: { outcome: 'clarify', message: TOOK_BACK_MESSAGE, source: 'offline' }, confident: true };
  let r = read(text, ctx);
  r = looseCount(r, plain, ctx);
  r = looseChange(r, plain, ctx);
  r = pastJoke(r, plain, ctx);
  r = pastInstructions(r, text, ctx);
  r = confusedByStory(r, text, parts, ctx);
  r = notThisButThat(r, plain, ctx);
  r = leftAlone(r, plain, ctx);
  r = membersOfNamespace(r, plain, ctx);
  r = sameActionTwice(r, plain, ctx);
  r = sameActionReworded(r, plain, ctx);
  r = optionChosen(r, plain, ctx);
  r = pointedValue(r, plain, ctx);
  r = goodRevision(r, plain, ctx);
  r = sameBuild(r, plain, ctx);
  r = sameViewThere(r, plain, ctx);
  r = logWindowSaid(r, plain, ctx);
  r = logLinesSaid(r, plain, ctx);
  r = nextStepInTrouble(r, plain);
  r = putBackWhat(r, plain);
  r = getItUp(r, plain);
  r = portsSaid(r, plain);
  r = bareMajorTag(r, plain);
  r = revisionKnown(r, plain, ctx);
  r = phaseFits(r, plain, ctx);
  r = registryOmitted(r, ctx);
  r = aboutACount(r, plain);
  r = dryRunAsked(r, plain);
  r = placeBesideAnother(r, plain, ctx);
  r = countOff(r, plain);
  r = newCountUnsettled(r, plain);
  r = stepsBack(r, plain);
  r = rollbackToImage(r, plain, ctx);
  r = totalOverWindow(r, plain, ctx);
  r = listPointedAt(r, plain, ctx);
  r = detailsOfNamed(r, plain, ctx);
  r = onePodMeant(r, plain);
  r = experimentTargetsSaid(r, plain);
  r = allPodsSaid(r, plain);
  r = onePodRestarted(r, plain);
  r = podChosen(r, plain);
  r = levelInWords(r, plain);
  r = shareInWords(r, plain);
  r = stateReported(r, plain);
  r = perPlace(r, plain);
  r = drillWords(r, plain);
  r = countToldAsState(r, plain);
  r = thisStepFinished(r, plain);
  r = percentAsYes(r, plain);
  r = experimentShape(r, plain, ctx);
  r = tagUnsettled(r, text);
  r = unknownPlace(r, plain, ctx);
  r = writeInNoPlace(r, plain, ctx);
  r = heldLetter(r, plain);
  r = numberWordSlip(r, plain);
  r = clockBesideWrite(r, text);
  r = dateBesideWrite(r, plain);
  r = containerSaid(r, plain);
  r = rolloutWordsDoubted(r, plain, ctx);
  r = statusLine(r, plain, text, ctx);
  r = chaosValuesSaid(r, plain);
  r = twoWindows(r, plain);
  r = fromVersionTo(r, plain, ctx);
  r = podShape(r, ctx);
  r = hashtagVerb(r, text);
  r = theRolloutMeant(r, plain, ctx);
  r = byStrategy(r, plain, ctx);
  r = alertObject(r, plain, ctx);
  r = readBesideReport(r, plain, ctx);
  r = readBeforeOwnPlans(r, plain, ctx);
  r = imagePointedAt(r, plain, ctx);
  r = targetFromStory(r, plain, ctx);
  r = fromPaste(r, plain, parts);
  r = namedInPaste(r, parts);
  r = onCluster(r, plain, ctx);
  r = instructionsInOwnWords(r, text);
  r = moneyAsAName(r, plain);
  r = costOfOneWorkload(r, plain, ctx);
  r = versionCondition(r, plain, ctx);
  r = notACount(r, plain);
  r = farFromNow(r, ctx);
  r = twoImages(r, plain);
  r = imageRunningNow(r, plain);
  r = imageNotKnownYet(r);
  r = signsDropped(r, text);
  r = countPlaced(r, plain, ctx);
  r = amongOtherLines(r, text);
  r = conditionBesideWrite(r, plain);
  r = secondActionBeside(r, plain);
  r = askJoinedToWrite(r, plain);
  r = objectBesideCreate(r, plain);
  r = experimentOnNode(r, plain);
  r = eventTime(r, plain);
  r = secondVerbJoined(r, plain);
  r = twoReadsJoined(r, stripMarkup(parts.said));
  r = saidByRelation(r, plain, ctx);
  r = partsAndDegrees(r, plain);
  r = commandBesideRead(r, parts.said);
  r = statesAndNouns(r, plain, ctx);
  r = voteBeside(r, text);
  r = askedOfSomeoneElse(r, text, ctx);
  r = whoAndWhere(r, plain, text);
  r = timesMarksAndClauses(r, plain, text, ctx);
  r = saidAsPossible(r, plain);
  r = wordsToConfirm(r, plain, ctx);
  r = placeByRole(r, plain, ctx);
  r = nameOnlyInLink(r, text);
  r = slackMarkup(r, message, ctx);
  r = nothingToList(r, plain);
  r = readWanted(r, plain, parts, ctx);
  // A part of the message read on its own, by the checks below that set words apart.
  const replan = (part: string) => planOffline(part, ctx);
  r = questionThenStory(r, plain, text, replan);
  r = objectOfTheVerb(r, plain, ctx);
  r = whatHappened(r, plain, replan);
  r = stateTold(r, plain, text);
  r = openingForm(r, plain, text);
  r = readBesideInjection(r, text, replan);
  r = relativeValue(r, plain);
  // A write read from words put back together ("check out" → checkout) is confirmed by the requester.
  if (text !== typed && r.plan.outcome === 'tool' && isWriteTool(r.plan.tool) && r.confident)
    r = { ...r, confident: false, unsure: 'words put back together' };
  // "restart ~~api~~ in staging", "~scale~ restart payments": a call read with words struck out in part is read again
  // without them (only a call: a refusal of the whole message stands), for the requester to confirm.
  if (unstruck !== undefined && r.plan.outcome === 'tool') {
    const rest = planOffline(unstruck, ctx);
    r = rest.plan.outcome === 'tool' && rest.confident ? { ...rest, confident: false, unsure: 'words struck out' } : rest;
  }
  r = wordTakenForName(r, text, ctx);
  r = readInOneClause(r, text, ctx);
  r = askedAfterMention(r, text, parts, ctx);
  // "to 8, sorry, 6, we only have 6000 jobs queued": a value the catalog refuses was read from somewhere; not sure.
  if (
    r.plan.outcome === 'clarify' &&
    r.plan.message.startsWith('The arguments for ') &&
    r.confident &&
    (plain.match(/\d+(?:[.,]\d+)*/g) ?? []).length > 1
  )
    r = { ...r, confident: false, unsure: 'a value the tool does not take' };
  // A tool plan carries its own flag (the Core asks the requester to confirm an unconfident write).
  return r.plan.outcome === 'tool' ? { ...r, plan: { ...r.plan, confident: r.confident } } : r;
}
/**
 * "pods in staging pls, for the freeze baseline", "show me all workloads, need a snapshot for the launch doc": a read
 * said in one clause, its purpose or story in the others. When the whole message reads as a question back or a refusal
 * only because of those words, no clause asks for a change and one clause alone reads as a sure read, that read is the
 * answer, for the requester to check (a read changes nothing; a write is never found this way).
 */
function readInOneClause(r: Reading, text: string, ctx: PlanContext): Reading {
  if ((r.plan.outcome !== 'clarify' && r.plan.outcome !== 'unsupported') || /[`"\u201c\u201d>]|&gt;/.test(text)) return r;
  const clauses = text
    .split(/[,;:\n]|\s[-\u2013\u2014]+\s|[.!?](?=\s|$)/)
    .map((c) => c.trim())
    .filter((c) => /[a-z]{2}/i.test(c));
  // The read comes first and says it is one; the rest is why, with no change, condition or supposition in it.
  if (clauses.length < 2 || clauses.length > 3 || !READ_FIRST.test(clauses[0]) || CHANGE_WORDS.test(text)) return r;
  const alone = planOffline(clauses[0], ctx);
  return alone.plan.outcome === 'tool' && !isWriteTool(alone.plan.tool) && alone.confident
    ? { plan: alone.plan, confident: false, unsure: 'a read in one clause of a longer message' }
    : r;
}
const READ_FIRST =
  /^(?:(?:pls|please|plz|hey|hi|ok|so|quick(?:ly)?|can you|could you|can u|could u|would you|just|now)\W+)*(?:list|show|get|describe|display|give me|pull up|fetch|pods|logs|workloads|deployments|costs?)\b/i;
/**
 * Words that ask for a change, suppose one, correct the read or add to it (lines, a window, a grouping): then the first
 * clause is not read alone.
 */
const CHANGE_WORDS =
  /\b(if|would|suppose|imagine|hypothetical\w*|instead|wait|actually|meant|mean|sorry|scratch|ignore|no|not|lines?|last|tail|since|minutes?|mins?|hours?|days?|weeks?|window|top|per|by|only|also|and then|then|whatever|secrets?|passwords?|tokens?|raise|lower|turn\w*|fix\w*|put|take|go|want|dm|ping|rerun|grab|move|switch|rotate|restart\w*|scal\w*|roll\w*|revert\w*|undo|promot\w*|abort\w*|paus\w*|retry|kill\w*|delet\w*|remov\w*|set|deploy\w*|creat\w*|stop\w*|launch\w*|add|drop\w*|bounce|halve|double|bump|updat\w*|ship|freez\w*|quarantin\w*|block|drain|cordon|evict|upgrad\w*|downgrad\w*|patch|edit|chang\w*|increas\w*|decreas\w*|reduc\w*|resiz\w*|nuke|terminat\w*|flush|purge|wipe|clear|run|exec|shell|ssh|port[- ]?forward|grant|send|email|page|open|file|make|spin|fire|start|inject|break|crash|doubl\w*|halv\w*|tripl\w*)\b/i;

/**
 * "quick sanity check before we go live: list every workload", "can u list deployments in prod, need a quick overview
 * for the war room": an everyday word taken for a workload's name that no workload has. When the message without it
 * asks for a read, that read is the answer (unsure); a write is never read this way. Not a word in a name's place
 * ("describe cart in staging", "pods for ledger"), which may be a workload the person thinks exists.
 */
function wordTakenForName(r: Reading, text: string, ctx: PlanContext, depth = 0): Reading {
  if (r.plan.outcome !== 'clarify' || depth > 2) return r;
  // (Past the first word, "Night ops check: …": a second everyday word may look like a name, "ops" like "api".)
  const m = (
    depth === 0
      ? /^I cannot find a workload called "([a-z][a-z]+)"[^.]*\. Say "list workloads"/
      : /^I cannot find a workload called "([a-z][a-z]+)"/
  ).exec(r.plan.message);
  if (!m) return r;
  const word = m[1];
  const alone = new RegExp(`(?<![\\w/:.-])${word}(?![\\w/.-]|:\\S)`, 'gi');
  if (!alone.test(text)) return r;
  const inNamePlace = new RegExp(
    `\\b(?:describe|of|for|about|on|restart|scale|called|named|pods|logs|status)\\s+(?:the\\s+)?(?:[\\d:]+\\s+)?${word}\\b(?!\\s*:)|\\b${word}\\s+(?:in|on)\\s+(?:the\\s+)?[a-z-]+`,
    'i',
  );
  // ("how's the search service doing": a service's name; "it's broken again, fix it": a change asked for.)
  const serviceName = new RegExp(
    `\\b${word}[ -](?:service|svc|app|api|server|backend|frontend|job|worker|pod|deployment|rollout|log|replica|container)s?\\b`,
    'i',
  );
  if (inNamePlace.test(text) || serviceName.test(text) || isWriteVerbIn(text) || /\b(fix|shell|exec|ssh|run)\b/i.test(text))
    return r;
  const without = text.replace(alone, ' ').replace(/\s+/g, ' ');
  const again = wordTakenForName(planOffline(without, ctx), without, ctx, depth + 1);
  return again.plan.outcome === 'tool' && !isWriteTool(again.plan.tool)
    ? { ...again, confident: false, unsure: `a word taken for a name ("${word}")` }
    : r;
}

/**
 * "can someone kick coredns? <@U0COXSWAIN> restart coredns", "+1 - <@U0COXSWAIN> halve web in production": the bot
 * named in the middle of a busy message; what follows the mention is the ask, the chatter before it context. Read
 * when the whole message gave no call: a read as it comes, a write for the requester to confirm.
 */
function askedAfterMention(r: Reading, text: string, parts: Separated, ctx: PlanContext): Reading {
  // (Not a pasted chat, a quote, a marker or a claim: those are read whole, as before.)
  if ((r.plan.outcome === 'tool' && r.confident) || parts.marked || parts.claimOnly || /\n|^\s*>/.test(text.trim())) return r;
  const mentions = [...text.matchAll(/<@([A-Z0-9]+)(\|[^>]*)?>/g)];
  const bot = mentions.filter((m) => mentionsBot(m[1], m[2], ctx)).at(-1);
  if (!bot || (bot.index ?? 0) === 0 || !/[a-z]/i.test(text.slice(0, bot.index))) return r;
  // ("don't ask <@bot> to restart api", "once tom is back, <@bot> roll back web": what comes before still governs it.)
  const before =
    text
      .slice(0, bot.index)
      .split(/[.!?:;]/)
      .at(-1) ?? '';
  if (
    /\b(?:don'?t|do not|never|not|no|once|when|after|tomorrow|tonight|later|if|unless|until|before|ask|tell|let|try)\b/i.test(
      before,
    )
  )
    return r;
  const ask = text.slice((bot.index ?? 0) + bot[0].length).replace(/^[\s,:-]+/, '');
  if (ask.split(/\s+/).length < 2) return r;
  const rest = planOffline(ask, ctx);
  if (rest.plan.outcome !== 'tool') return r;
  // An unsure call of the whole message gives way only to a sure read of the ask ("can someone restart coredns
  // <@bot> show me the coredns logs").
  if (r.plan.outcome === 'tool' && (isWriteTool(rest.plan.tool) || !rest.confident)) return r;
  return isWriteTool(rest.plan.tool) ? { ...rest, confident: false, unsure: 'the ask after the bot was named' } : rest;
}

/** Words left beside a struck request that ask nothing: thanks, done, no need. */
const SIGN_OFF_WORDS =
  /\b(never ?mind|nvm|done|already|scratch that|ignore|thanks?|thank you|thx|ty|ok|okay|cheers|no need|not needed|no longer needed|handled|fixed( itself)?|resolved|sorted|all good|np)\b/gi;

/** The one request of a message that says it twice word for word, or says it is sent again; otherwise undefined. */
function sentAgain(message: string): string | undefined {
  // (A note that changes something, "(sent again, make it 4 actually)", "(wrong channel, ignore)", is no resend.)
  const told = message.replace(
    /\s*\((?=[^)]*\b(?:again|resend\w*|re-sending|duplicate\w*|lag|sent)\b)(?![^)]*(?:\d|\b(?:actually|make it|instead|but|ignore|wrong|cancel|scratch|rather)\b))[^)]*\)\s*$/i,
    '',
  );
  const parts = told
    .split(/\n+|\s*\.{2,}\s*|(?<=[.!?])\s+/)
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  const same = (p: string) =>
    p
      .toLowerCase()
      .replace(/[\s.!?]+$/, '')
      .replace(/\s+/g, ' ');
  if (parts.length === 1 && told !== message) return parts[0];
  return parts.length >= 2 && parts.every((p) => same(p) === same(parts[0])) ? parts[0] : undefined;
}

/** A log line: key=value pairs, or a timestamp first. */
const LOG_LINE = /^\s*(?:\S*\b[\w.]+=\S+.*\s[\w.]+=\S|\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d)/;

/**
 * "NAMESPACE   NAME   READY …⏎staging   api   1/2 …⏎the one that's only half ready — bounce it": a table pasted
 * without a code fence (a header row of capitals, then rows of columns two spaces apart), fenced, so that it is read
 * as pasted output; the message as it was when there is none.
 */
function fenced(text: string): string {
  if (text.includes('```')) return text;
  const lines = text.split('\n');
  // "log excerpt:⏎  level=warn msg=… svc=api ns=staging⏎how much did staging cost?": log lines under a label that ends
  // in a colon (key=value pairs, or a timestamp first) are pasted too.
  const logAt = lines.findIndex((l, i) => i > 0 && /:\s*$/.test(lines[i - 1]) && LOG_LINE.test(l));
  if (logAt > 0) {
    let end = logAt + 1;
    while (end < lines.length && LOG_LINE.test(lines[end])) end++;
    return [...lines.slice(0, logAt), '```', ...lines.slice(logAt, end), '```', ...lines.slice(end)].join('\n');
  }
  const head = lines.findIndex((l) => /^\s*[A-Z][A-Z()-]+(\s{2,}|\t)[A-Z][A-Z()-]*(\s|$)/.test(l));
  if (head < 0) return text;
  let end = head + 1;
  while (end < lines.length && /^\s*\S+((\s{2,}|\t)\S+)+\s*$/.test(lines[end])) end++;
  if (end - head < 3) return text;
  const start = head > 0 && /^\s*\$?\s*kubectl\s/.test(lines[head - 1]) ? head - 1 : head;
  return [...lines.slice(0, start), '```', ...lines.slice(start, end), '```', ...lines.slice(end)].join('\n');
}

/**
 * Words a voice transcript splits or spells out, put back: "core dns", "open cost", "check out in staging" (not "check
 * out the logs"), "ghcr dot io slash acme slash web colon 1.9.0".
 */
function spokenNames(text: string, workloads: Set<string>, places: ReadonlyMap<string, string>): string {
  // Not before an object of its own: "check out the logs", "check out staging".
  const joined = text.replace(
    /\b([a-z]{2,})[ -](?=([a-z]{2,})\b(?!\s+(?:the|a|an|this|that|these|those|what|how|my|our|your|his|her|their|its|it|them|me|us|why|if|whether)\b)(?:\s+([a-z0-9-]+))?)/gi,
    (m, a: string, b: string, next: string | undefined) =>
      workloads.has(`${a}${b}`.toLowerCase()) && !(next && places.has(next.toLowerCase())) ? a : m,
  );
  // Spelled out only when it reads as an image: a registry, a path and a tag.
  return joined.replace(/\b([a-z0-9-]+(?: dot [a-z0-9-]+)+(?: slash [a-z0-9._-]+)+ colon [a-z0-9._-]+)\b/gi, (m) =>
    m
      .replace(/ dot /gi, '.')
      .replace(/ slash /gi, '/')
      .replace(/ colon /gi, ':'),
  );
}

/**
 * "add five workers to prod", "remove one worker from production": copies of a workload counted by its own name, which
 * are its replicas ("add 2 apis" too), never a new workload or a delete.
 */
function workloadsCounted(text: string, workloads: Set<string>, places: ReadonlyMap<string, string>): string {
  return text.replace(
    /\b(add|remove|take away|subtract)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?)\s+(more\s+|extra\s+)?([a-z][a-z0-9-]*?)e?s?\s+(to|from|in|on)\s+(?:the\s+)?([a-z][a-z0-9-]*)\b/gi,
    (m, verb: string, n: string, more: string | undefined, noun: string, prep: string, place: string) => {
      const name = [noun, `${noun}e`].find((x) => workloads.has(x.toLowerCase()));
      // ("add a worker to the on-call rotation": a person, not a place.)
      if (!name || !places.has(place.toLowerCase())) return m;
      const op = /^subtract$/i.test(verb) ? 'remove' : verb;
      return `${op} ${/^an?$/i.test(n) ? 'one' : n} ${more ?? ''}replicas ${prep.toLowerCase() === 'from' ? 'from' : 'to'} ${name} in ${place}`;
    },
  );
}

export class OfflinePlanner implements Planner {
  async plan(text: string, ctx: PlanContext): Promise<Plan> {
    return planOffline(text, ctx).plan;
  }
}
