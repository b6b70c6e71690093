import type { KnownBlock, MessageMetadata } from '@slack/types';

/** A chart to upload beside the message (files.uploadV2). */
export interface Chart {
  png: Uint8Array;
  filename: string;
  title: string;
}

/** What a renderer returns: the adapter posts `text` (and `blocks`), then uploads `chart` into the same thread. */
export interface SlackMessage {
  text: string;
  blocks?: KnownBlock[];
  chart?: Chart;
  /** Slack message metadata: the outcome as data, for other apps and workflows (and the tests) to read. */
  metadata?: MessageMetadata;
}

/** event_type of a result message (payload: requestId, outcome, approvalId?, tool?) and of an approval card. */
export const RESULT_EVENT = 'coxswain_result';
export const APPROVAL_EVENT = 'coxswain_approval';

/** Metadata payloads hold only strings, numbers and booleans; undefined fields are left out. */
export function metadata(eventType: string, payload: Record<string, string | number | boolean | undefined>): MessageMetadata {
  const clean = Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== undefined)) as Record<
    string,
    string | number | boolean
  >;
  return { event_type: eventType, event_payload: clean };
}

/** Slack refuses section text over 3000 characters; keep room for the fence and a note. */
const SECTION_LIMIT = 2900;

export function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 3000) } };
}

export function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: text.slice(0, 3000) }] };
}

/** Slack mrkdwn needs &, < and > escaped in text that came from elsewhere. */
export function mrkdwnEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A code block that never breaks out of its fence and stays under the section limit (the tail is kept). */
export function codeBlock(body: string, limit = SECTION_LIMIT): string {
  const safe = mrkdwnEscape(body.replace(/```/g, "'''"));
  if (safe.length <= limit) return `\`\`\`\n${safe}\n\`\`\``;
  const tail = safe.slice(safe.length - limit);
  return `\`\`\`\n…(earlier output cut)\n${tail.slice(tail.indexOf('\n') + 1)}\n\`\`\``;
}
