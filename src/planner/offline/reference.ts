/**
 * A value asked for by pointing at another workload: "scale staging web to match prod", "give staging web as many
 * replicas as production web has", "put the image production web is running onto staging web". The reader finds the
 * workload that changes and the one the value comes from; the caller reads the value from the inventory. Pure.
 */

export interface Mention {
  namespace?: string;
  name?: string;
}

export interface Reference {
  field: 'replicas' | 'image';
  target: Mention;
  source: Mention;
}

/** Words that take a value from another object, and what follows them is that object ("whatever." alone shrugs). */
const POINTER =
  /(?<=\s)=(?=\s)|\b(up|down) to (?=([a-z0-9-]+ ){0,2}[a-z0-9-]+'s (count|size|replicas|number))|\b(to match|match|mirror|copy|same (replica count|number of replicas|replicas|count|size|image|version|tag|build)( as| that)?|as many (replicas|pods|instances) as|the (same )?(number|count) (of (replicas|pods) )?(that |as )?|the (image|version|tag|build) (that )?|whatever(?= [a-z0-9]))\b/i;
/** The value is an image when the words say so. */
const IMAGE_WORDS = /\b(image|version|tag|build|running on|is running|is on)\b/i;
const COUNT_WORDS = /\b(replicas?|count|size|many|pods|instances|scale)\b/i;

export function valueFrom(text: string, workloads: Set<string>, namespaces: Map<string, string>): Reference | undefined {
  const m = POINTER.exec(text);
  if (!m) return undefined;
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .filter(Boolean);
  const mentions = mentionsIn(words, workloads, namespaces);
  if (mentions.length < 2) return undefined;
  const pointerAt = text
    .slice(0, m.index)
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .filter(Boolean).length;
  // "put the image production web is running onto staging web": the object after "onto" changes.
  const onto = words.findIndex((w, i) => i > pointerAt && ['onto', 'on', 'into'].includes(w));
  const after = mentions.filter((x) => x.at >= pointerAt);
  const before = mentions.filter((x) => x.at < pointerAt);
  let target: (typeof mentions)[number] | undefined;
  let source: (typeof mentions)[number] | undefined;
  if (onto >= 0 && after.length >= 2 && after[after.length - 1].at > onto) {
    target = after[after.length - 1];
    source = after.find((x) => x.at < onto);
  } else {
    target = before[before.length - 1];
    source = after[0];
  }
  // "deploy the same image staging web is running to prod web": both after the pointer, the one after "to" changes.
  if (!target && after.length >= 2) {
    const to = words.findIndex((w, i) => i > after[0].at && ['to', 'onto', 'into', 'for'].includes(w));
    target = to >= 0 ? after.find((x) => x.at > to) : undefined;
    source = after[0];
  }
  // "match api's replica count to web's": what is matched changes, to the value of what follows "to".
  if (/^match$/i.test(m[0]) && !before.some((x) => x.name) && after.length >= 2) {
    const to = words.findIndex((w, i) => i > after[0].at && w === 'to');
    if (to >= 0 && after[1].at > to) {
      target = after[0];
      source = after[1];
    }
  }
  if (!target || !source || target.at === source.at) return undefined;
  // "so api in prod is at 4 … bring api up to match web", "bring api up to match web (prod)": a workload named without
  // its namespace is where the message put it earlier, or where the other one is.
  const placed = (x: Mention) => mentions.find((y) => y.name === x.name && y.namespace !== undefined)?.namespace;
  const lone = [...new Set(mentions.map((x) => x.namespace).filter(Boolean))];
  const only = lone.length === 1 ? lone[0] : undefined;
  target = {
    ...target,
    namespace: target.namespace ?? placed(target) ?? (source.name !== undefined ? source.namespace : undefined) ?? only,
  };
  source = { ...source, namespace: source.namespace ?? placed(source) ?? target.namespace ?? only };
  // "bring worker up to whatever prod worker is running": a size, whatever the word after it.
  const sized = /\b(bring|scale|up to|down to)\b/i.test(text) && !/\b(image|version|tag|build)\b/i.test(text);
  const field = !sized && (IMAGE_WORDS.test(m[0]) || (IMAGE_WORDS.test(text) && !COUNT_WORDS.test(text))) ? 'image' : 'replicas';
  return {
    field,
    target: { namespace: target.namespace, name: target.name },
    source: { namespace: source.namespace, name: source.name },
  };
}

/** Workloads and namespaces named in order, a namespace beside a workload joined to it ("staging web", "web in prod"). */
function mentionsIn(words: string[], workloads: Set<string>, namespaces: Map<string, string>) {
  const out: { namespace?: string; name?: string; at: number }[] = [];
  const nsOf = (w: string | undefined) => (w === undefined ? undefined : namespaces.get(w.replace(/'s$/, '')));
  for (let i = 0; i < words.length; i++) {
    const w = words[i].replace(/'s$/, '');
    if (workloads.has(w)) {
      // "web in prod", "web has in staging", "web runs in prod": the namespace a few words after, before another name.
      const inAt = [1, 2, 3].map((k) => i + k).find((j) => words[j] === 'in' && nsOf(words[j + 1]) !== undefined);
      const between = inAt === undefined ? [] : words.slice(i + 1, inAt);
      const near = inAt !== undefined && !between.some((x) => workloads.has(x) || nsOf(x)) ? nsOf(words[inAt + 1]) : undefined;
      const ns = nsOf(words[i - 1]) ?? near ?? nsOf(words[i + 1]);
      const last = out[out.length - 1];
      // "staging web": the namespace just before was read as a mention of its own; it belongs to this one.
      if (last && last.name === undefined && last.at === i - 1) out.pop();
      out.push({ namespace: ns, name: w, at: i });
      if (near !== undefined && inAt !== undefined) i = inAt + 1;
      else if (nsOf(words[i + 1]) && !workloads.has(words[i + 2] ?? '')) i += 1;
    } else if (nsOf(w)) out.push({ namespace: nsOf(w), at: i });
  }
  return out;
}
