import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { TOOL_NAMES } from '../catalog/registry.ts';
import { RiskSchema } from '../catalog/tool.ts';
import type { Config } from '../config/config.ts';
import { CoxswainError, type Fault } from '../core/errors.ts';
import { globMatches } from './glob.ts';
import { type Policy, PolicySchema } from './schema.ts';

export interface PolicyError {
  line: number;
  column: number;
  message: string;
}

/** The shipped sandbox policy, found from the package (not the working directory) so `npx coxswain` works anywhere. */
export const SANDBOX_POLICY_PATH = fileURLToPath(new URL('../../deploy/policy/sandbox.yaml', import.meta.url));

/** `COXSWAIN_POLICY`, or the sandbox policy when unset. */
export function policyPath(config: Pick<Config, 'COXSWAIN_POLICY'>): string {
  return config.COXSWAIN_POLICY ?? SANDBOX_POLICY_PATH;
}

/**
 * Parses and validates a policy. Each problem carries the line and column of the YAML node it is about, so
 * `coxswain policy check` can say `file:12:5 role "aprover" is not declared`.
 */
export function parsePolicy(yamlText: string, fileName = 'policy.yaml'): { policy?: Policy; errors: PolicyError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, message: string): PolicyError => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, message };
  };
  if (doc.errors.length === 0 && doc.contents === null) {
    return { errors: [{ line: 1, column: 1, message: `${fileName} is empty: start from deploy/policy/example.yaml` }] };
  }
  if (doc.errors.length > 0) {
    return { errors: doc.errors.map((e) => at(e.pos[0], `YAML: ${e.message.split('\n')[0]}`)) };
  }
  const result = PolicySchema.safeParse(doc.toJS());
  if (!result.success) {
    const errors = result.error.issues.map((issue) => at(offsetOf(doc.contents, issue), describe(issue)));
    return { errors: dedupe(errors) };
  }
  const unknownTools = checkToolSelectors(result.data).map(({ path, message }) =>
    at(offsetOf(doc.contents, { path, code: 'custom' }), message),
  );
  if (unknownTools.length > 0) return { errors: unknownTools };
  return { policy: result.data, errors: [] };
}

/** A policy file's text; an unreadable file is a config error that names it and ends with `next` (what to do). */
export function readPolicyText(path: string, fault: Fault, next: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new CoxswainError(
      'config',
      fault,
      `The policy file ${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)}). ${next}`,
      { cause: err },
    );
  }
}

/** Reads, parses and validates; a bad file throws a config error listing `file:line: message` for each problem. */
export function loadPolicyFile(path: string): Policy {
  const text = readPolicyText(
    path,
    'system',
    'Set COXSWAIN_POLICY to a policy file, or leave it unset to use deploy/policy/sandbox.yaml.',
  );
  const { policy, errors } = parsePolicy(text, path);
  if (!policy) {
    const lines = errors.map((e) => `${path}:${e.line}: ${e.message}`).join('\n');
    throw new CoxswainError(
      'config',
      'system',
      `The policy file ${path} is not valid:\n${lines}\nFix it and check again with \`coxswain policy check ${path}\`.`,
    );
  }
  return policy;
}

/** A tool selector that matches no tool is almost always a typo, and would silently never apply. */
function checkToolSelectors(policy: Policy): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  policy.rules.forEach((rule, i) => {
    rule.tools.forEach((selector, j) => {
      if (RiskSchema.safeParse(selector).success) return;
      if (TOOL_NAMES.some((tool) => globMatches(selector, tool))) return;
      problems.push({
        path: ['rules', i, 'tools', j],
        message: `"${selector}" matches no tool; use a tool name (run \`coxswain tools\`), a glob, or read, write, destructive`,
      });
    });
  });
  return problems;
}

type IssueLike = Pick<z.core.$ZodIssue, 'path' | 'code'> & { keys?: string[] };

/**
 * The offset of the deepest YAML node on the issue's path (a missing key points at its parent map; an
 * unknown key points at the key itself).
 */
function offsetOf(root: unknown, issue: IssueLike): number {
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys?.[0] : undefined;
  const path = unknownKey === undefined ? issue.path : [...issue.path, unknownKey];
  let node = root as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const key = pair.key as Node;
      node = (pair.value as Node | null) ?? null;
      const pointAtKey = (unknownKey !== undefined && i === path.length - 1) || !node?.range;
      offset = (pointAtKey ? key.range?.[0] : node?.range?.[0]) ?? offset;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment] as Node;
      offset = node.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset;
}

/** zod's messages, made to read as advice about the file. */
function describe(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
  if (issue.code === 'unrecognized_keys')
    return `${where}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_union') {
    // oneOrMany unions: report the single-value branch's complaint, which is the specific one.
    const inner = issue.errors.flat()[0];
    if (inner) return `${where}${inner.message}`;
  }
  return `${where}${issue.message}`;
}

/** ['rules', 2, 'approval'] → rules[2].approval, as the rule names in decisions read. */
function formatPath(path: PropertyKey[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i > 0 ? '.' : ''}${String(s)}`)).join('');
}

function dedupe(errors: PolicyError[]): PolicyError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}:${e.column}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
