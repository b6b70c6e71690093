// The playground page: a chat on the coxswain Core (POST /api/ask, /api/decide), a switch of who you are, and
// live side panels (workloads, audit log) refreshed from Server-Sent Events and a short poll.
import { h, time } from './dom.js';
import { notifiedWho, planCard, replyBody } from './render.js';

const POLL_MS = 3000;
const SUGGESTIONS = [
  'list workloads',
  'scale web in prod to 8',
  'describe checkout in staging',
  'promote checkout in staging',
  'costs by namespace for 7d',
  'restart api in production',
  'delete the namespace staging',
  'help',
];

const $ = (id) => document.getElementById(id);
const state = {
  person: new URLSearchParams(location.search).get('as') || 'alice',
  people: [],
  workloads: new Map(),
  /** Request ids this page is waiting for: their cards come with the reply, not from the event stream. */
  asking: new Set(),
};

async function api(path, body) {
  const res = await fetch(
    path,
    body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {},
  );
  const json = await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }));
  if (!res.ok) throw new Error(json.error ?? `${res.status} ${res.statusText}`);
  return json;
}

// ---- who am I -----------------------------------------------------------------------------------------------

function renderPeople() {
  const box = $('people');
  box.replaceChildren(
    h('span', { class: 'muted' }, 'Act as'),
    ...state.people.map((p) =>
      h(
        'button',
        {
          type: 'button',
          role: 'radio',
          class: `person${p.id === state.person ? ' active' : ''}`,
          'aria-checked': p.id === state.person ? 'true' : 'false',
          'data-person': p.id,
          onclick: () => setPerson(p.id),
        },
        h('span', { class: `avatar a-${p.id}` }, p.id[0].toUpperCase()),
        p.id,
        h('span', { class: 'role' }, p.roles.join(', ')),
      ),
    ),
  );
  $('as-label').replaceChildren(h('span', { class: `avatar a-${state.person}` }, state.person[0]?.toUpperCase()), state.person);
}

function setPerson(id) {
  state.person = id;
  renderPeople();
  $('input').focus();
}

// ---- chat ---------------------------------------------------------------------------------------------------

function message(who, content, { bot = false } = {}) {
  const li = h(
    'li',
    { class: `message${bot ? ' bot' : ''}` },
    bot
      ? h('img', { class: 'avatar', src: '/logo.svg', alt: '' })
      : h('span', { class: `avatar a-${who}` }, who[0].toUpperCase()),
    h(
      'div',
      { class: 'content' },
      h('div', { class: 'meta' }, h('strong', {}, who), h('span', { class: 'muted' }, time(new Date().toISOString()))),
      content,
    ),
  );
  $('messages').append(li);
  li.scrollIntoView({ block: 'end' });
  return li;
}

/** A plan card that remembers which version of the approval it shows. */
function cardFor(approval) {
  const card = planCard(approval, { onDecide: decide, onUndo: undo });
  card.dataset.version = String(approval.version);
  return card;
}

/** Every card of this approval on the page shows its newest state (events can arrive out of order). */
function updateCards(approval) {
  for (const el of document.querySelectorAll(`[data-approval="${CSS.escape(approval.id)}"]`)) {
    if (Number(el.dataset.version) > approval.version) continue;
    el.replaceWith(cardFor(approval));
  }
}

function showReply(reply) {
  // A candidate answers its question: the Core plans the original request again with it (same person only).
  const content = [replyBody(reply, { onCandidate: (c, clarifyId) => ask(c, clarifyId), onConfirm: confirmRead, onUndo: undo })];
  const a = reply.approval;
  // The card goes with the request that created it; later replies (approvals) update it in place.
  const fresh = a && reply.result.outcome === 'pending' && !document.querySelector(`[data-approval="${CSS.escape(a.id)}"]`);
  if (fresh) content.push(cardFor(a));
  else if (a) updateCards(a);
  message('coxswain', content, { bot: true });
  if (fresh) notification('notified', a, `Notified ${notifiedWho(a) || 'nobody: no eligible approver'} (approval ${a.id}).`);
  refreshPanels();
}

function failure(err) {
  message(
    'coxswain',
    h(
      'div',
      { class: 'reply outcome-failed' },
      h('span', { class: 'badge failed' }, 'Error'),
      h('p', { class: 'words' }, err.message),
    ),
    { bot: true },
  );
}

async function ask(text, clarifyId) {
  message(state.person, h('p', { class: 'words' }, text));
  const thinking = message('coxswain', h('p', { class: 'muted thinking' }, 'planning…'), { bot: true });
  const id = `web-${crypto.randomUUID()}`;
  state.asking.add(id);
  try {
    const reply = await api('/api/ask', { person: state.person, text, id, ...(clarifyId ? { clarifyId } : {}) });
    thinking.remove();
    showReply(reply);
  } catch (err) {
    thinking.remove();
    failure(err);
  } finally {
    state.asking.delete(id);
  }
}

async function decide(approvalId, decision) {
  message(state.person, h('p', { class: 'words muted' }, `clicked ${decision} on ${approvalId}`));
  try {
    showReply(await api('/api/decide', { person: state.person, approvalId, decision, id: `web-${crypto.randomUUID()}` }));
  } catch (err) {
    failure(err);
  }
}

async function confirmRead(confirmationId, decision) {
  const words = decision === 'confirm' ? 'Run it' : 'Not that';
  message(state.person, h('p', { class: 'words muted' }, `clicked ${words} on ${confirmationId}`));
  try {
    showReply(await api('/api/confirm', { person: state.person, confirmationId, decision, id: `web-${crypto.randomUUID()}` }));
  } catch (err) {
    failure(err);
  }
}

async function undo(undoId) {
  message(state.person, h('p', { class: 'words muted' }, `clicked Undo on ${undoId}`));
  try {
    showReply(await api('/api/undo', { person: state.person, undoId, id: `web-${crypto.randomUUID()}` }));
  } catch (err) {
    failure(err);
  }
}

// ---- side panels --------------------------------------------------------------------------------------------

function renderWorkloads(rows) {
  const byNs = Map.groupBy(rows, (r) => r.namespace);
  const previous = state.workloads;
  state.workloads = new Map(rows.map((r) => [`${r.namespace}/${r.name}`, r]));
  $('workloads').replaceChildren(
    ...[...byNs].map(([ns, list]) =>
      h(
        'div',
        { class: 'ns' },
        h('h3', {}, ns),
        list.map((r) => {
          const key = `${r.namespace}/${r.name}`;
          const before = previous.get(key);
          const changed =
            before &&
            (before.desired !== r.desired ||
              before.images.join() !== r.images.join() ||
              before.rollout?.step !== r.rollout?.step);
          const ro = r.rollout;
          return h(
            'div',
            { class: `workload${changed ? ' changed' : ''}`, 'data-workload': key },
            h(
              'div',
              { class: 'line' },
              h('span', { class: 'name' }, r.name),
              h('span', { class: 'kind' }, r.kind === 'Rollout' ? 'rollout' : 'deploy'),
              h(
                'span',
                { class: 'image muted', title: r.images.join(', ') },
                r.images.map((i) => i.replace(/^.*\//, '')).join(', '),
              ),
              h('span', { class: `phase ${r.phase}` }, r.phase),
              h('span', { class: 'replicas', title: 'ready/desired replicas' }, `${r.ready}/${r.desired}`),
            ),
            ro &&
              h(
                'div',
                { class: 'rollout muted' },
                [
                  ro.strategy,
                  ro.step && `step ${ro.step}`,
                  ro.weight !== undefined && `weight ${ro.weight}%`,
                  ro.paused && `paused: ${ro.paused}`,
                ]
                  .filter(Boolean)
                  .join(' · '),
              ),
          );
        }),
      ),
    ),
  );
  $('workloads-note').textContent = `updated ${time(new Date().toISOString())}`;
}

function renderAudit(entries) {
  $('audit').replaceChildren(
    ...entries
      .slice()
      .reverse()
      .map((e) => {
        const target = e.args?.name ? `${e.namespace ?? e.args.namespace ?? ''}/${e.args.name}` : (e.namespace ?? '');
        return h(
          'li',
          { class: 'entry', 'data-type': e.type },
          h('span', { class: 'ts muted' }, time(e.ts)),
          h('span', { class: `badge ${e.type}` }, e.type),
          h('span', { class: 'who' }, e.actor),
          // A request has no tool yet: its words (and channel) say what was asked.
          h(
            'span',
            { class: 'what', title: e.detail?.text ?? '' },
            e.tool ? `${e.tool} ${target}` : e.detail?.text ? `“${e.detail.text}” via ${e.detail.channel}` : target,
          ),
        );
      }),
  );
}

let refreshing;
function refreshPanels() {
  // One refresh at a time; a request during one is served by the next tick of the poll.
  refreshing ??= Promise.all([api('/api/workloads').then(renderWorkloads), api('/api/audit').then(renderAudit)])
    .catch((err) => ($('workloads-note').textContent = `not updated: ${err.message}`))
    .finally(() => (refreshing = undefined));
  return refreshing;
}

/** A notification as Slack sends it (mention, reminder, expiry), shown in the feed; once per approval and kind. */
const notified = new Set();
function notification(kind, a, text) {
  if (notified.has(`${kind}:${a.id}`)) return;
  notified.add(`${kind}:${a.id}`);
  message('coxswain', h('p', { class: `words notification ${kind}`, 'data-notification': kind }, text), { bot: true });
}

function listen() {
  const events = new EventSource('/api/events');
  events.addEventListener('reminder', (e) => {
    const { approval } = JSON.parse(e.data);
    notification(
      'reminder',
      approval,
      `Reminder to ${notifiedWho(approval)}: ${approval.tool} (approval ${approval.id}) still needs approval and expires at ${time(approval.expiresAt)}.`,
    );
  });
  events.addEventListener('approval', (e) => {
    const { approval } = JSON.parse(e.data);
    const known = document.querySelector(`[data-approval="${CSS.escape(approval.id)}"]`);
    if (known) updateCards(approval);
    if (approval.status === 'expired')
      notification(
        'expired',
        approval,
        `${approval.requester}: your request ${approval.tool} (approval ${approval.id}) expired without enough approvals. Nothing was changed.`,
      );
    else if (approval.status === 'pending' && !state.asking.has(approval.requestId)) {
      // Asked from another tab, the terminal or Slack: shown here as in a shared channel.
      message(
        'coxswain',
        [
          h('p', { class: 'words' }, `${approval.requester} asked elsewhere (${approval.channel ?? 'another channel'}):`),
          cardFor(approval),
        ],
        { bot: true },
      );
    }
    refreshPanels();
  });
}

// ---- start --------------------------------------------------------------------------------------------------

async function main() {
  state.people = await api('/api/people');
  if (!state.people.some((p) => p.id === state.person)) state.person = state.people[0]?.id ?? 'alice';
  renderPeople();
  $('suggestions').replaceChildren(
    ...SUGGESTIONS.map((s) => h('button', { type: 'button', class: 'chip', onclick: () => ask(s) }, s)),
  );
  $('composer').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('input').value.trim();
    if (!text) return;
    $('input').value = '';
    ask(text);
  });
  message(
    'coxswain',
    h(
      'p',
      { class: 'words' },
      'Hi! I run one allowlisted, policy-checked tool call per request on the sandbox cluster. Pick who you are at the top right, then ask. Production writes need an approver who is not the requester: ask as alice, then switch to bob or carol to approve.',
    ),
    { bot: true },
  );
  listen();
  await refreshPanels();
  setInterval(refreshPanels, POLL_MS);
  document.body.dataset.ready = 'true';
}

main().catch(failure);
