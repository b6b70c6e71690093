import { stringify } from 'yaml';

/**
 * A test-side renderer for exactly the Go-template subset the coxswain chart uses (helm is not installable here):
 * `{{- -}}` trimming, `.Values.*` / `.Release.*` / `.Chart.*` / `.`, string and number literals, `define`,
 * `include`, `if`/`else`/`end`, and the pipeline functions `toYaml`, `nindent`, `quote`, `default`. Anything else
 * throws, so a template using more than this fails the test instead of rendering wrongly.
 */
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'expr'; expr: string }
  | { kind: 'if'; cond: string; yes: Node[]; no: Node[] };

export interface Scope {
  Values: unknown;
  Release: { Name: string; Namespace: string };
  Chart: { Name: string; Version: string; AppVersion: string };
}

function tokenize(src: string): ({ text: string } | { action: string })[] {
  const out: ({ text: string } | { action: string })[] = [];
  const re = /\{\{(-?)\s*(.*?)\s*(-?)\}\}/gs;
  let last = 0;
  let trimNext = false;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    let text = src.slice(last, m.index);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (m[1]) text = text.replace(/\s+$/, '');
    if (text) out.push({ text });
    out.push({ action: m[2] });
    trimNext = m[3] === '-';
    last = re.lastIndex;
  }
  const rest = trimNext ? src.slice(last).replace(/^\s+/, '') : src.slice(last);
  if (rest) out.push({ text: rest });
  return out;
}

function parse(src: string, defines: Map<string, Node[]>): Node[] {
  const tokens = tokenize(src);
  let i = 0;
  const block = (): { nodes: Node[]; end: 'end' | 'else' | 'eof' } => {
    const nodes: Node[] = [];
    while (i < tokens.length) {
      const t = tokens[i++];
      if ('text' in t) {
        nodes.push({ kind: 'text', text: t.text });
        continue;
      }
      const a = t.action;
      if (a.startsWith('/*')) continue;
      if (a === 'end' || a === 'else') return { nodes, end: a };
      const define = /^define "([^"]+)"$/.exec(a);
      if (define) {
        defines.set(define[1], block().nodes);
        continue;
      }
      if (a.startsWith('if ')) {
        const then = block();
        const otherwise = then.end === 'else' ? block().nodes : [];
        nodes.push({ kind: 'if', cond: a.slice(3), yes: then.nodes, no: otherwise });
        continue;
      }
      nodes.push({ kind: 'expr', expr: a });
    }
    return { nodes, end: 'eof' };
  };
  return block().nodes;
}

const truthy = (v: unknown) =>
  !(
    v === undefined ||
    v === null ||
    v === false ||
    v === 0 ||
    v === '' ||
    (Array.isArray(v) && v.length === 0) ||
    (typeof v === 'object' && v !== null && Object.keys(v).length === 0)
  );

function words(cmd: string): string[] {
  return cmd.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
}

export class Chart {
  readonly defines = new Map<string, Node[]>();

  constructor(helpers: string) {
    parse(helpers, this.defines);
  }

  render(template: string, scope: Scope): string {
    return this.#run(parse(template, this.defines), scope);
  }

  #run(nodes: Node[], dot: unknown): string {
    return nodes
      .map((n) => {
        if (n.kind === 'text') return n.text;
        if (n.kind === 'if') return this.#run(truthy(this.#pipeline(n.cond, dot)) ? n.yes : n.no, dot);
        const v = this.#pipeline(n.expr, dot);
        return v === undefined || v === null ? '' : String(v);
      })
      .join('');
  }

  #value(word: string, dot: unknown): unknown {
    if (word.startsWith('"')) return JSON.parse(word);
    if (/^-?\d+$/.test(word)) return Number(word);
    if (word === '.') return dot;
    if (!word.startsWith('.')) throw new Error(`the test renderer does not know "${word}"`);
    return word
      .slice(1)
      .split('.')
      .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), dot);
  }

  #command(cmd: string, dot: unknown, piped: unknown[]): unknown {
    const [fn, ...rest] = words(cmd);
    const args = [...rest.map((w) => this.#value(w, dot)), ...piped];
    switch (fn) {
      case 'include': {
        const body = this.defines.get(String(args[0]));
        if (!body) throw new Error(`no template defined as ${String(args[0])}`);
        return this.#run(body, args[1]);
      }
      case 'toYaml':
        return truthy(args[0]) || args[0] === false || args[0] === 0 ? stringify(args[0]).trimEnd() : '{}';
      case 'nindent': {
        const pad = ' '.repeat(Number(args[0]));
        return `\n${String(args[1])
          .split('\n')
          .map((l) => pad + l)
          .join('\n')}`;
      }
      case 'quote':
        return JSON.stringify(String(args[0] ?? ''));
      case 'default':
        return truthy(args[1]) ? args[1] : args[0];
      default:
        if (rest.length || piped.length) throw new Error(`the test renderer does not know the function "${fn}"`);
        return this.#value(fn, dot);
    }
  }

  #pipeline(expr: string, dot: unknown): unknown {
    return expr
      .split('|')
      .map((c) => c.trim())
      .reduce<unknown[]>((piped, cmd) => [this.#command(cmd, dot, piped)], [])[0];
  }
}
