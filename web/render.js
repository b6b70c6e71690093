// Renders the Core's JSON (Result, ApprovalState) as chat messages. It shows; it decides nothing: the buttons
// only send a decision, and the server's answer says what happened.
import { h, show, table, time } from './dom.js';

const OUTCOME_LABEL = {
  executed: 'Executed',
  pending: 'Waiting for approval',
  denied: 'Denied',
  refused: 'Refused',
  approved: 'Approval counted',
  clarify: 'Question',
  confirm: 'Please confirm',
  unsupported: 'Not something I can do',
  help: 'Help',
  answer: 'Answer',
  failed: 'Failed',
};

const STATUS_TITLE = {
  pending: 'Approval needed',
  approved: 'Approved, running',
  rejected: 'Rejected',
  expired: 'Expired',
  cancelled: 'Cancelled',
  executed: 'Executed',
  failed: 'Failed',
};

function split(result) {
  if (result && typeof result === 'object' && typeof result.summary === 'string')
    return { summary: result.summary, data: result.data };
  return { data: result };
}

function rowsOf(data) {
  if (Array.isArray(data)) return data;
  for (const k of ['rows', 'items', 'workloads', 'pods', 'allocations', 'experiments'])
    if (Array.isArray(data?.[k])) return data[k];
  return undefined;
}

const money = (v) => (typeof v === 'number' ? `$${v.toFixed(2)}` : '—');

export function diffTable(changes) {
  if (!changes?.length) return h('p', { class: 'muted' }, 'no field changes reported');
  return h(
    'table',
    { class: 'diff' },
    h(
      'tbody',
      {},
      changes.map((c) =>
        h(
          'tr',
          {},
          h('td', { class: 'path' }, c.path),
          h('td', { class: 'before' }, show(c.before)),
          h('td', { class: 'arrow' }, '→'),
          h('td', { class: 'after' }, show(c.after)),
        ),
      ),
    ),
  );
}

function describe(d) {
  const facts = [
    ['kind', `${d.kind} ${d.namespace}/${d.name}`],
    ['phase', d.phase],
    ['replicas', d.replicas ? `${d.replicas.ready}/${d.replicas.desired} ready` : undefined],
    ['images', d.images?.join(', ')],
    ['revision', d.revision],
  ];
  if (d.rollout) {
    facts.push(['strategy', d.rollout.strategy]);
    if (d.rollout.step)
      facts.push(['step', `${d.rollout.step}${d.rollout.weight !== undefined ? ` · weight ${d.rollout.weight}%` : ''}`]);
    if (d.rollout.pauseReasons?.length) facts.push(['paused', d.rollout.pauseReasons.join(', ')]);
  }
  return h(
    'dl',
    { class: 'facts' },
    facts.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

/** The list tools' table columns; each column shows the row field of the same name. */
const LIST_COLUMNS = {
  list_workloads: ['namespace', 'kind', 'name', 'ready', 'image', 'phase'],
  list_pods: ['name', 'phase', 'ready', 'restarts', 'age', 'node'],
  list_chaos: ['namespace', 'name', 'experiment', 'target', 'level', 'phase'],
};

/** The tool-specific body of an answer or an executed write. */
function body(tool, data, chart) {
  const rows = rowsOf(data);
  const columns = Object.hasOwn(LIST_COLUMNS, tool) ? LIST_COLUMNS[tool] : undefined;
  if (columns) {
    const cells = rows?.map((r) => columns.map((c) => r[c]));
    return cells && table(columns, cells);
  }
  switch (tool) {
    case 'describe_workload':
      return data && describe(data.workload ?? data);
    case 'get_logs': {
      const lines = Array.isArray(data?.lines)
        ? data.lines.join('\n')
        : typeof data?.text === 'string'
          ? data.text
          : JSON.stringify(data, null, 2);
      return h('pre', { class: 'logs' }, lines);
    }
    case 'query_costs': {
      const costs = (rows ?? []).map((r) => ({
        name: r.name ?? r.namespace ?? r.key,
        cpu: r.cpuCost,
        ram: r.ramCost,
        total: r.totalCost ?? r.total,
      }));
      return [
        chart && h('img', { class: 'chart', src: chart, alt: 'cost chart' }),
        costs.length > 0 &&
          table(
            ['name', 'cpu', 'ram', 'total'],
            costs.map((c) => [c.name, money(c.cpu), money(c.ram), money(c.total)]),
          ),
      ];
    }
    default:
      if (Array.isArray(data?.changes) && data.changes.length) return diffTable(data.changes);
      return data === undefined ? undefined : h('pre', {}, JSON.stringify(data, null, 2));
  }
}

/** A reply that is not a plan card: the outcome, the words, the data, and its follow-up buttons. */
export function replyBody(reply, { onCandidate, onConfirm, onUndo }) {
  const r = reply.result;
  const { summary, data } = split(r.result);
  const words = summary ?? r.reason;
  return h(
    'div',
    { class: `reply outcome-${r.outcome}`, 'data-outcome': r.outcome },
    h('span', { class: `badge ${r.outcome}` }, OUTCOME_LABEL[r.outcome] ?? r.outcome),
    words && h('p', { class: 'words' }, words),
    r.decision && ['denied', 'refused'].includes(r.outcome) && h('p', { class: 'muted' }, `policy: ${r.decision.rule}`),
    r.candidates?.length > 0 &&
      h(
        'div',
        { class: 'chips' },
        r.candidates.map((c) =>
          h('button', { type: 'button', class: 'chip', 'data-candidate': c, onclick: () => onCandidate(c, r.clarifyId) }, c),
        ),
      ),
    r.outcome === 'confirm' && h('pre', { class: 'call' }, `${r.tool} ${JSON.stringify(r.args ?? {})}`),
    r.outcome === 'confirm' &&
      r.confirmationId &&
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'approve', onclick: () => onConfirm(r.confirmationId, 'confirm') }, 'Run it'),
        h('button', { type: 'button', class: 'cancel', onclick: () => onConfirm(r.confirmationId, 'drop') }, 'Not that'),
      ),
    ['answer', 'executed'].includes(r.outcome) && body(r.tool, data, reply.chart),
    r.outcome !== 'pending' && noticesView(r),
    r.outcome === 'executed' && r.undo && h('p', { class: 'muted' }, r.undo),
    r.outcome === 'executed' &&
      r.undoId &&
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'cancel', onclick: () => onUndo(r.undoId) }, 'Undo')),
  );
}

function statusLine(a) {
  const by = a.approvedBy.map((x) => x.person).join(', ');
  switch (a.status) {
    case 'pending':
      return by ? `Approved so far by ${by}; ${a.required.count - a.approvedBy.length} more needed.` : 'Waiting for approval.';
    case 'approved':
      return `Approved by ${by}; running now.`;
    case 'rejected':
      return `Rejected by ${a.rejectedBy?.person ?? 'an approver'}. Nothing was changed.`;
    case 'expired':
      return 'Expired without enough approvals. Nothing was changed; ask again if it is still needed.';
    case 'cancelled':
      return `Cancelled by ${a.requester}. Nothing was changed.`;
    case 'executed':
      return `Executed after approval by ${by}.${split(a.result).summary ? ` ${split(a.result).summary}` : ''}`;
    case 'failed':
      return `Failed${by ? ` after approval by ${by}` : ''}: ${a.error ?? 'no reason given'}`;
    default:
      return a.status;
  }
}

/** What follows a write: GitOps notices (which Argo CD app, whether it is reverted, what to do instead), its cost, the planner's note. */
export function noticesView(x) {
  const cost = x.costImpact;
  const costText =
    cost &&
    (cost.monthly === null
      ? `Cost: unknown (${cost.basis.replace(/^cost unknown: /, '')})`
      : `Cost: ${cost.monthly >= 0 ? '+' : '−'}$${Math.abs(cost.monthly).toFixed(2)}/month (${cost.basis})`);
  return [
    ...(x.notices ?? []).map((n) =>
      h(
        'div',
        { class: 'gitops-notice', 'data-notice': n.kind },
        h('strong', {}, `GitOps — Argo CD app ${n.app}: `),
        n.message,
        h(
          'ul',
          {},
          n.instead.map((s) => h('li', {}, s)),
        ),
      ),
    ),
    costText && h('p', { class: 'muted cost', 'data-cost': String(cost.monthly) }, costText),
    // Who planned it when the model did not (unreachable, garbage).
    x.note && h('p', { class: 'muted planner-note' }, x.note),
  ];
}

/** Who an approval notifies, as the Slack card mentions them: approvers still needed, then groups and handles. */
export function notifiedWho(a) {
  const approved = new Set(a.approvedBy.map((x) => x.person));
  return [...a.eligible.filter((p) => !approved.has(p)), ...(a.notify?.slack ?? [])].join(', ');
}

/**
 * The plan card, as in Slack: what will change, the exact tool call, the dry-run diff, risk, the policy rule,
 * who may approve, how many approvals, the expiry; buttons while it is pending.
 */
export function planCard(a, { onDecide, onUndo }) {
  const t = a.preview.target;
  const field = (k, v) => h('div', { class: 'field' }, h('span', { class: 'k' }, k), h('span', { class: 'v' }, v));
  return h(
    'div',
    { class: `card status-${a.status}`, 'data-approval': a.id, 'data-status': a.status },
    h(
      'div',
      { class: 'card-title' },
      h('span', { class: `dot ${a.status}` }),
      `${STATUS_TITLE[a.status] ?? a.status}: ${a.tool} ${t ? `${t.kind} ${t.namespace}/${t.name}` : (a.namespace ?? '')}`,
    ),
    h('p', {}, h('strong', {}, 'What will change: '), a.preview.summary),
    a.text && h('p', { class: 'muted' }, `Asked: “${a.text}”`),
    h('div', { class: 'label' }, 'Tool call'),
    h('pre', { class: 'call' }, `${a.tool} ${JSON.stringify(a.args)}`),
    h(
      'div',
      { class: 'label' },
      `Diff (${a.preview.dryRun ? 'server-side dry run' : 'computed from the live object'}, before → after)`,
    ),
    diffTable(a.preview.changes),
    noticesView(a),
    h(
      'div',
      { class: 'fields' },
      field('Risk', h('span', { class: `risk ${a.risk}` }, a.risk)),
      field('Policy', `${a.decision.effect} — ${a.decision.rule}`),
      field('Requested by', a.requester),
      field('May approve', `${a.required.from.join(', ')}${a.eligible.length ? ` (${a.eligible.join(', ')})` : ''}`),
      field('Approvals', `${a.approvedBy.length}/${a.required.count}`),
      field('Expires', time(a.expiresAt)),
    ),
    h('p', { class: 'status-line' }, statusLine(a), h('span', { class: 'muted' }, ` · approval ${a.id}`)),
    a.status === 'pending' &&
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'approve', onclick: () => onDecide(a.id, 'approve') }, 'Approve'),
        h('button', { type: 'button', class: 'reject', onclick: () => onDecide(a.id, 'reject') }, 'Reject'),
        h('button', { type: 'button', class: 'cancel', onclick: () => onDecide(a.id, 'cancel') }, 'Cancel (requester)'),
      ),
    // The server computes the inverse (or says there is none) when Undo is clicked.
    a.status === 'executed' &&
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'cancel', onclick: () => onUndo(a.id) }, 'Undo')),
  );
}
