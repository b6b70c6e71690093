/**
 * A message that lists options and picks one: "two options: a) restart web in staging b) scale it to 3 — go with b",
 * "Options for the staging checkout canary: (1) promote one step, (2) promote all the way, (3) abort. Going with 2.",
 * "plan A was restarting api in staging, plan B rolling it back. B it is." The chosen option is the request, with what
 * the list is for ("for the staging checkout canary") and, when it points back ("scale it"), the objects the other
 * options name. Pure text in, text out; the reader reads the result and the requester confirms it.
 */

import { GERUNDS } from './idioms.ts';
import { PLACE_INDEX } from './quoted.ts';

/** "a) …", "(2) …", "option B: …", "plan A was …": a labelled option and where its text starts. */
const MARKER =
  /(?:^|(?<=[\s:;,.\u2014\u2013-]))(?:\(([a-d1-4])\)|([a-d1-4])\)|(?:option|plan|choice) ([a-d1-4])\b(?:\s*(?:[:=\u2014\u2013-]|is|was|would be|being))?)\s*/gi;

/** "go with b", "going with 2", "b please", "B it is", "let's do option 1", "the second one", "the latter". */
const CHOICE = [
  /\b(?:go(?:ing)? with|let'?s (?:do|go with|pick|take|try)|(?:i|we)(?:'ll| will| would| 'd)? (?:take|pick|choose|go with|prefer)|pick|choose|prefer|vote for|do)\s+(?:option |plan |choice |number |#)?\(?([a-d1-4])\)?(?=\s*(?:$|[.,!;]|please|pls|plz|then|now|for me))/i,
  /(?:^|[.!;,\u2014\u2013-]\s*(?:(?:so|then|ok|okay|and|yeah|yes)\s+)?)(?:option |plan |choice )?\(?([a-d1-4])\)?,?\s+(?:please|pls|plz|it is|then|for me|sounds (?:good|right|best)|is (?:better|best|the one))\b/i,
  /(?:^|[.!;\u2014\u2013]\s+|\s-\s)(?:option |plan |choice )?\(?([a-d1-4])\)?[.!]*\s*$/i,
];
const ORDINAL_CHOICE =
  /\b(?:go(?:ing)? with|let'?s (?:just )?(?:do|go with|pick|take|try)|(?:i|we)(?:'ll| will|'d) (?:take|pick|choose|go with|prefer)|pick|choose|prefer)\s+the (first|second|third|former|latter|last)\b|^\W*the (first|second|third|former|latter|last)(?: one)?(?: (?:please|pls|it is))?\W*$/im;

const LIST_WORDS =
  /\b(?:(?:two|three|four|2|3|4|a few|some|my|our|the|possible|candidate)\s+)*(?:options|choices|plans|proposals|ways|alternatives)\b(?:\s+(?:are|were|is|here))?/gi;
const POINTS_BACK = /\b(it|its|them|their|that|this)\b/i;

interface Option {
  label: string;
  text: string;
}

/** The options a message lists, in order, with the text before the first one and after the last one. */
function listed(text: string): { preface: string; options: Option[]; tail: string } | undefined {
  const marks = [...text.matchAll(MARKER)];
  if (marks.length < 2) return undefined;
  const labels = marks.map((m) => (m[1] ?? m[2] ?? m[3]).toLowerCase());
  // The labels run in order (a, b, c or 1, 2, 3): "b) scale it to 3" alone is no list.
  const first = labels[0].charCodeAt(0);
  if (!labels.every((l, k) => l.charCodeAt(0) === first + k) || !/^[a1]$/.test(labels[0])) return undefined;
  const options: Option[] = marks.map((m, k) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = k + 1 < marks.length ? (marks[k + 1].index ?? text.length) : text.length;
    return { label: labels[k], text: text.slice(from, to) };
  });
  // The last option ends at its sentence's end; what follows is the choice.
  const last = options[options.length - 1];
  const end = /(?:[.!?](?=\s|$)|\s[\u2014\u2013]\s|\s-{1,2}\s|;)/.exec(last.text);
  const tail = end ? last.text.slice(end.index) : '';
  last.text = end ? last.text.slice(0, end.index) : last.text;
  for (const o of options) o.text = o.text.replace(/[\s,;:.\u2014\u2013-]+$/, '').trim();
  return { preface: text.slice(0, marks[0].index ?? 0), options, tail };
}

/**
 * What makes a choice no plain choice: a question, a negation, a condition, a delay, someone else's choice, an opinion,
 * two choices ("I wouldn't go with b", "if we go with b, …", "b please, but only after QA", "b is better, but let's wait",
 * "do b first, then a", "Priya would go with a").
 */
const NOT_PLAIN =
  /\?|n['\u2019]?t\b|\b(not|never|no|if|unless|until|after|before|once|should|would|could|might|maybe|perhaps|but|though|jk|kidding|neither|none|wait|later|decide|tomorrow|then|first|second|instead|better|worse|prefer(?:red|s)|thinks?|says?|said|wants?|likes?)\b/i;
/** "don't touch prod. options: …": a preface that rules something out says more than what the options are for. */
const AGAINST = /n['\u2019]?t\b|\b(not|never|avoid|leave|except|without)\b/i;

/** The request a message makes by choosing one of the options it lists, or undefined. */
export function chosenOption(text: string, names: ReadonlySet<string> = new Set()): string | undefined {
  const list = listed(text.trim());
  if (!list?.tail.trim()) return undefined;
  const { preface, options, tail } = list;
  // The choice is said plainly, about the options only: no place or workload of its own ("Today in staging: go with b").
  const named = (t: string) =>
    t
      .toLowerCase()
      .split(/[^a-z0-9-]+/)
      .some((w) => names.has(w));
  if (NOT_PLAIN.test(tail.trim().replace(ORDINAL_CHOICE, ' ')) || named(tail) || AGAINST.test(preface)) return undefined;
  let chosen: Option | undefined;
  // "(1) 2 replicas (2) 4 replicas. 2.": a number alone may be a label or a value.
  const numbered = options.some((o) => /\d/.test(o.text));
  for (const pattern of CHOICE) {
    const label = pattern.exec(tail)?.[1]?.toLowerCase();
    if (label && /\d/.test(label) && numbered && pattern === CHOICE[CHOICE.length - 1]) return undefined;
    if (label) {
      chosen = options.find((o) => o.label === label);
      if (chosen) break;
    }
  }
  if (!chosen) {
    const m = ORDINAL_CHOICE.exec(tail.trim());
    const word = (m?.[1] ?? m?.[2])?.toLowerCase();
    if (word) chosen = options[word === 'latter' || word === 'last' ? options.length - 1 : PLACE_INDEX[word]];
  }
  if (!chosen) return undefined;
  const about = preface
    .replace(LIST_WORDS, ' ')
    .replace(/[:\s,.\u2014\u2013-]+$/, '')
    .trim();
  const objects = (o: Option) =>
    o.text
      .toLowerCase()
      .split(/[^a-z0-9-]+/)
      .filter((w) => names.has(w));
  const own = objects(chosen);
  const others = options.filter((o) => o !== chosen).flatMap(objects);
  const before =
    own.length === 0 && POINTS_BACK.test(chosen.text) && others.length > 0 ? `${[...new Set(others)].join(' ')}, ` : '';
  // "plan B rolling it back": the option's action, as a command.
  const action = chosen.text.replace(/^(\w+ing)\b/i, (g) => GERUNDS[g.toLowerCase()] ?? g);
  return `${before}${action}${about ? ` ${about}` : ''}`.trim();
}

/** "restart the second one", "pause the third", "describe the latter": an object of a list said before, by its place. */
const PLACE_REF =
  /\bthe (first|second|third|fourth|last|former|latter)(?: one)?(?=\s*(?:$|[.,!?;:)]|please\b|pls\b|now\b|too\b))/i;
/** Where one item of a list ends: a comma, "and", "or", a dash, a number of a numbered list. */
const ITEM_BREAK = /[,;:\u2014\u2013]|\s-\s|\b(?:and|or|vs)\b|(?:^|\s)\d+[.)](?=\s)/i;

/**
 * The last sentence of a message with the object it points at by place put in its place ("there are two deployments I
 * care about: prod worker and staging api. restart the second one" → "restart api in staging"), or undefined. The
 * objects are the workloads the message lists before it, each with the namespace said beside it.
 */
export function placedObject(
  text: string,
  workloads: ReadonlySet<string>,
  namespaces: ReadonlyMap<string, string>,
): string | undefined {
  const m = PLACE_REF.exec(text);
  if (!m || m.index === undefined) return undefined;
  // Several ordinals ("the first was fine, restart the second") point more than once.
  if ([...text.matchAll(new RegExp(PLACE_REF.source, 'gi'))].length > 1) return undefined;
  const before = text.slice(0, m.index);
  // The sentence that points, and the words before it that list.
  const ends = [...before.matchAll(/(?<!\b\d)[.?!](?=\s)|\n|\s[\u2014\u2013]\s|\s-\s/g)];
  const last = ends[ends.length - 1];
  const at = last ? (last.index ?? 0) + last[0].length : 0;
  const sentence = text.slice(at).trim();
  const region = last ? before.slice(0, last.index) : before;
  // "api in prod restarted at 14:02, worker at 14:05 … restart the last one": "last" may be the latest in time.
  // "staging: web, api. prod: worker, checkout": groups under headings are not one list.
  if (/\b\d{1,2}:\d\d\b/.test(region) || (region.match(/:/g) ?? []).length > 1) return undefined;
  // "checkout in prod talks to: payments, api, worker": what comes before a colon leads in to the list.
  const list = region.includes(':') ? region.slice(region.lastIndexOf(':') + 1) : region;
  if (/(?<!\b\d)[.!?]\s/.test(list.trim())) return undefined;
  // "two checkout rollouts, one in staging and one in production": a count names the kind; "one in X" is an item of it.
  let kind: string | undefined;
  const listed: (string | undefined)[] = [];
  for (const chunk of list.split(ITEM_BREAK)) {
    if (!chunk?.trim()) continue;
    const words = chunk.toLowerCase().split(/[^a-z0-9-]+/);
    const names = [...new Set(words.filter((w) => workloads.has(w)))];
    const places = [...new Set(words.map((w) => namespaces.get(w)).filter(Boolean))];
    const place = places.length === 1 ? ` in ${places[0]}` : '';
    if (names.length === 1 && /\b(two|three|both|2|3)\b/i.test(chunk)) kind = names[0];
    else if (names.length === 1) listed.push(`${names[0]}${place}`);
    else if (names.length === 0 && kind && place && /\bone\b/i.test(chunk)) listed.push(`${kind}${place}`);
    // "the load balancer, api in prod, …": an item that is no workload still holds its place.
    else if (names.length === 0 && /^\s*(the|a|an|our)\s+\S+(\s+\S+)?\s*$/i.test(chunk)) listed.push(undefined);
    // "prod: …" inside the list: a namespace alone heads a group.
    else if (names.length === 0 && place) return undefined;
  }
  if (listed.length < 2) return undefined;
  const word = m[1].toLowerCase();
  if ((word === 'former' || word === 'latter') && listed.length !== 2) return undefined;
  const k = word === 'last' || word === 'latter' ? listed.length - 1 : PLACE_INDEX[word];
  const object = k !== undefined ? listed[k] : undefined;
  if (!object) return undefined;
  const own = sentence
    .slice(0, sentence.indexOf(m[0]))
    .toLowerCase()
    .split(/[^a-z0-9-]+/);
  // "… worker and api. restart the second one in staging": a sentence that names objects of its own points at none.
  if (own.some((w) => workloads.has(w))) return undefined;
  return sentence.replace(m[0], object);
}
