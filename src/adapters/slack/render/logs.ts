import { isRecord } from './data.ts';
import { codeBlock } from './message.ts';

/** Log lines from `lines: string[]`, `logs: string` or a bare string; per-pod groups are headed by the pod name. */
function logText(data: unknown): string | undefined {
  if (typeof data === 'string') return data;
  if (Array.isArray(data)) {
    const parts = data.map((d) => (isRecord(d) && d.pod ? `== ${String(d.pod)}\n${logText(d) ?? ''}` : logText(d)));
    return parts.filter((p) => p !== undefined).join('\n');
  }
  if (!isRecord(data)) return undefined;
  if (Array.isArray(data.lines)) return data.lines.map(String).join('\n');
  for (const k of ['logs', 'text', 'log']) if (typeof data[k] === 'string') return data[k] as string;
  if (Array.isArray(data.pods)) return logText(data.pods);
  return undefined;
}

/** The most recent lines in a code block, capped so the message stays readable and within Slack's limits. */
export function logBlock(data: unknown): string | undefined {
  const text = logText(data);
  return text === undefined ? undefined : codeBlock(text.trimEnd() || '(no log lines)');
}
