/**
 * Checks after the reading on the image a call sets: two images or two versions said, a major version alone, a
 * registry left out, a condition on the version running, a build pointed at.
 */

import type { PlanContext } from '../../plan.ts';
import { resolveCall } from '../../resolve.ts';
import { compiledOnce, literal } from '../compiled.ts';
import { imageRepository } from '../image-ref.ts';
import { workloadAt } from '../inventory-names.ts';
import { type Reading, read } from '../read.ts';
import { speaksAgainst } from '../same-build.ts';
import { askBack } from './common.ts';

/**
 * "if prod web is still on 1.7.2, roll it back": a condition on the version the workload runs now, which the bot can
 * see. When it is not met, nothing runs.
 */
export function versionCondition(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.unsure !== 'a condition on the state now') return r;
  const condition = /^\W*(?:if|in case)\b((?:[^,;!?]|\.(?=\d))*)/i.exec(plain)?.[1] ?? '';
  const version = /\b(?:on|running|at|version)\s+(v?\d+\.\d+\.\d+(?:-[\w.]+)?)\b/i.exec(condition)?.[1];
  const w = workloadAt(ctx, r.plan.args.namespace, r.plan.args.name ?? r.plan.args.target);
  if (!version || !w || w.images.length === 0) return r;
  const tag = version.replace(/^v/i, '');
  if (w.images.some((i) => i.endsWith(`:${tag}`) || i.endsWith(`:v${tag}`))) return r;
  return askBack(
    `${w.namespace}/${w.name} runs ${w.images.join(', ')}, not ${version}, so the condition is not met and nothing will run. Ask again plainly if you still want it.`,
  );
}

/** An image with its registry path and tag, as a message names it: "ghcr.io/acme/web:1.9.0". */
const IMAGE_REF = /\b(?:[a-z0-9.-]+\/)+[\w.-]+:[\w.-]+/gi;

/**
 * "bump web from=ghcr.io/acme/web:1.8.0 to=ghcr.io/acme/web:1.9.0": two images in the person's own words (not in
 * pasted output, code or quotes: "Failed to pull image \"…:0.9.5\""); the one after "to", unsure, or a question back.
 */
export function twoImages(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'set_image') return r;
  const own = plain.replace(/```[\s\S]*?(```|$)|`[^`\n]*`|"[^"\n]*"|“[^”\n]*”|^.*\b(Warning|Error|Failed|kubelet)\b.*$/gm, ' ');
  const images = new Set(own.match(IMAGE_REF) ?? []);
  // "… 0.9.6, typo, I meant ghcr.io/acme/worker:0.9.5": the correction already chose the last one.
  if (images.size <= 1 || (r.unsure === 'a correction' && [...images].at(-1) === r.plan.args.image)) return r;
  const to = /\bto[ =:]+((?:[a-z0-9.-]+\/)+[\w.-]+:[\w.-]+)/i.exec(plain)?.[1];
  return to && r.plan.args.image === to
    ? { ...r, confident: false, unsure: 'two images' }
    : askBack(`Which image: ${[...images].join(' or ')}? Say "set image of web in staging to IMAGE".`);
}

/**
 * "set web in staging to acme/web:1.9.0" where web runs ghcr.io/acme/web:…: an image without its registry pulls from
 * Docker Hub, another image than the one the workload runs under the same path. Asked back with the full name.
 */
export function registryOmitted(r: Reading, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'set_image' || typeof r.plan.args.image !== 'string') return r;
  const image = r.plan.args.image;
  const [first, ...rest] = image.split('/');
  // A registry is a first part with a dot, a port or "localhost".
  if (rest.length === 0 || /[.:]|^localhost$/.test(first)) return r;
  const { namespace, name } = r.plan.args;
  const running = workloadAt(ctx, namespace, name)?.images ?? [];
  const path = image.replace(/[:@].*$/, '');
  const same = running.find((i) => i.replace(/[:@][^/]*$/, '').endsWith(`/${path}`) && i !== image);
  if (!same) return r;
  const full = `${same.replace(/[:@][^/]*$/, '').slice(0, -path.length)}${image}`;
  return askBack(
    `"${image}" has no registry, so it would pull from Docker Hub; ${namespace}/${name} runs ${same}. Did you mean ${full}? Say the full image.`,
  );
}

/**
 * "update web from 1.8.0 to 1.9.0", "from version 1.8.0 up to version 1.9.0", "1.8.0 → 1.9.0", "off 2.3.1 onto
 * 2.4.0": the version to go to is the second; the first is the one left (which may not be the one running). Any image
 * set where the message says two versions is the requester's to confirm.
 */
export function fromVersionTo(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'set_image' || typeof r.plan.args.image !== 'string') return r;
  const versions = new Set(plain.match(/(?<![\w.:/-])v?\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?(?![\w.])/g) ?? []);
  const unsure = (x: Reading) => (x.confident && versions.size > 1 ? { ...x, confident: false, unsure: 'two versions said' } : x);
  // An image said in full is the one meant; only a version said alone is taken from "from X to Y".
  if (plain.includes(r.plan.args.image)) return unsure(r);
  const v = '(?:(?:version|tag|release|build)\\s+)?v?(\\d+\\.\\d+(?:\\.\\d+)?(?:-[\\w.]+)?)';
  const to = '(?:to|up to|over to|->|\u2014>|--?>|\u2192|=>|>|onto)';
  const m = new RegExp(`\\b(?:from\\s+|off\\s+)?${v}\\s*${to}\\s*${v}(?![\\w.])`, 'i').exec(plain);
  // Only where the reader took the version being left ("error rate went from 0.5 to 2.5 … set it to 1.9.0" keeps 1.9.0).
  if (!m || m[1] === m[2] || !r.plan.args.image.endsWith(`:${m[1]}`)) return unsure(r);
  const image = r.plan.args.image.replace(/:[^:/]+$/, `:${m[2]}`);
  if (image === r.plan.args.image) return unsure(r);
  const plan = resolveCall('set_image', { ...r.plan.args, image }, ctx, 'offline');
  return plan.outcome === 'tool' ? { plan, confident: false, unsure: 'a version from one to another' } : r;
}

/** "upgrade web to v2": a major version alone is no tag the registry has; which release is meant? */
export function bareMajorTag(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'set_image' || typeof r.plan.args.image !== 'string') return r;
  if (plain.includes(r.plan.args.image)) return r;
  // "upgrade web to v1.9", "to 2.5": a tag made from part of a version, which the registry may not have.
  if (/:v?\d+\.\d+$/.test(r.plan.args.image))
    return r.confident ? { ...r, confident: false, unsure: 'a tag made from part of a version' } : r;
  const tag = /:(v?\d+)$/.exec(r.plan.args.image)?.[1];
  if (tag === undefined) return r;
  return askBack(
    `Which release is "${tag}"? Say the whole tag, e.g. "set image of ${r.plan.args.name} to …:${tag.replace(/^v/, '')}.0.0".`,
  );
}

/** "roll that out to staging web", "ship it into the staging checkout rollout": a build pointed at, moved onto a workload. */
const IMAGE_POINTED =
  /(?:^|[.!\n:,;]\s*|\b(?:so|now|pls|please|then|and)\s+)(?:roll|ship|push|put|deploy|move|get|send)\s+(?:that|it|this)(?:\s+(?:one|image|build))?(?:\s+out)?\s+(?:to|into|onto|on|in)\s+([^.!?\n]+?)\s*[.!]*\s*$/i;

/**
 * "CI says: ✔ built ghcr.io/acme/web:1.9.0 … roll that out to staging web": the one image the message holds, set on
 * the workload the pointer names, for the requester to confirm.
 */
export function imagePointedAt(r: Reading, plain: string, ctx: PlanContext): Reading {
  const m = IMAGE_POINTED.exec(plain.trim());
  if (!m || (r.plan.outcome === 'tool' && r.plan.tool !== 'set_image')) return r;
  // "ghcr.io/acme/worker:0.9.5 crashes on start. ship it to staging worker": the story speaks against the build.
  if (speaksAgainst(plain.trim().slice(0, m.index))) {
    return r.plan.outcome === 'tool'
      ? askBack(
          'The message says that build has problems, and then asks to ship it. Which image should it run? Say "set the image of … to …".',
        )
      : r;
  }
  const images = new Set(plain.match(IMAGE_REF) ?? []);
  if (r.plan.outcome === 'tool' || images.size !== 1) return r;
  const target = m[1].replace(/\b(rollout|deployment|deploy|service|app)\b/gi, ' ');
  const set = read(`set the image of ${target} to ${[...images][0]}`, ctx, false, true);
  return set.plan.outcome === 'tool' && set.plan.tool === 'set_image'
    ? { ...set, confident: false, unsure: 'an image pointed at' }
    : r;
}

/**
 * "web prod still on 1.7.2 update it": the version running now told before "update it", read as the image to set
 * (round 120).
 */
export function imageRunningNow(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'set_image') return r;
  // The tag read, without a leading "v", said as the version run or left ("still on 1.7.2", "from 1.7.2", "off",
  // "past", "now on", "running", "1.7.2 needs an update") (rounds 120 and 121).
  const tag = (/:([^:@/\s]+)$/.exec(String(r.plan.args.image))?.[1] ?? '').replace(/^v/i, '');
  if (!tag) return r;
  const v = literal(tag);
  const left = compiledOnce(
    `\\b(still|currently|stuck|from|off|past|running|now on)\\s+(on\\s+|at\\s+|running\\s+)?(\\S+:)?v?${v}(?![\\w.-])(?!\\s*(to|->|\\u2192|=>|>)\\s)|\\bon\\s+(\\S+:)?v?${v}\\s+((pls|please)\\s+)?(update|upgrade|bump)\\b|\\bthe\\s+v?${v}\\s+on\\b|(?<![\\w.:-])v?${v}\\s+needs?\\b`,
    'i',
  );
  if (left.test(plain))
    return askBack(
      `Which image should ${r.plan.args.namespace}/${r.plan.args.name} run? Say the new one in full, e.g. "set the image of ${r.plan.args.name} to registry/repo:tag".`,
    );
  return r;
}

/** "image TBD", "image todo", "image ???": a word that stands for an image not known yet. */
const NO_IMAGE_YET =
  /^(?:tbd|tba|tbc|todo|to-?do|xxx+|placeholder|later|whatever|something|anything|unknown|n\/?a|none|null|nil|pending|same|latest-?build|\?+)$/i;

/**
 * "create a new deployment called ledger in staging, image TBD": an image not known yet, or no image name at all (a
 * repository is lowercase), is asked for, not created or set.
 */
export function imageNotKnownYet(r: Reading): Reading {
  if (r.plan.outcome !== 'tool' || (r.plan.tool !== 'create_deployment' && r.plan.tool !== 'set_image')) return r;
  const image = String(r.plan.args.image ?? '');
  const repository = imageRepository(image);
  if (!NO_IMAGE_YET.test(image) && repository === repository.toLowerCase()) return r;
  const target = `${r.plan.args.namespace}/${r.plan.args.name}`;
  return askBack(`"${image}" is no image I can run. Which image should ${target} run? Say it in full, e.g. "registry/repo:tag".`);
}
