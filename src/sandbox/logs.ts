/**
 * `pods/log`: a few deterministic lines per container (derived from the pod and image), with the query
 * parameters the bot and kubectl use: container, tailLines, sinceSeconds, limitBytes, timestamps, previous
 * (the kubelet's error when the container never restarted) and follow (new lines while the client listens).
 */
import { flag } from './query.ts';
import { badRequest } from './status.ts';
import type { Unstructured } from './types.ts';

const PATHS = ['/healthz', '/api/v1/items', '/api/v1/orders', '/metrics', '/api/v1/users', '/readyz'];

/** Log lines, one a second from the container's start. */
function lines(pod: Unstructured, container: Unstructured): { at: number; text: string }[] {
  const start = Date.parse(pod.status?.startTime ?? pod.metadata.creationTimestamp);
  const image = String(container.image);
  const version = image.includes(':') ? image.slice(image.lastIndexOf(':') + 1) : 'latest';
  const texts = [
    `level=info msg="starting ${container.name}" version=${version} image=${image}`,
    `level=info msg="loaded configuration" pod=${pod.metadata.name} namespace=${pod.metadata.namespace}`,
    `level=info msg="listening" addr=0.0.0.0:${container.ports?.[0]?.containerPort ?? 8080}`,
  ];
  let h = 0;
  for (const ch of pod.metadata.name) h = (h * 33 + ch.charCodeAt(0)) >>> 0;
  for (let i = 0; i < 9; i++) {
    const path = PATHS[(h + i) % PATHS.length];
    texts.push(`level=info msg="request" method=GET path=${path} status=200 duration_ms=${((h >> i) % 40) + 1}`);
  }
  return texts.map((text, i) => ({ at: start + i * 1000, text }));
}

/** RFC 3339 with nanoseconds, as the kubelet stamps log lines. */
function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, '000000Z');
}

/** A line written while a client follows the log (`follow=true`). */
export function followLine(pod: Unstructured, container: string, at: number, timestamps: boolean): string {
  const path = PATHS[Math.floor(at / 1000) % PATHS.length];
  const text = `level=info msg="request" method=GET path=${path} status=200 duration_ms=${(Math.floor(at / 7) % 40) + 1} container=${container} pod=${pod.metadata.name}`;
  return `${timestamps ? `${stamp(at)} ` : ''}${text}\n`;
}

/** The log text, and the container it is of (for a follow stream). */
export function podLogs(pod: Unstructured, q: URLSearchParams, now: Date): { text: string; container: string } {
  const containers: Unstructured[] = pod.spec?.containers ?? [];
  const name = q.get('container');
  let container: Unstructured | undefined;
  if (name) {
    container = containers.find((c) => c.name === name);
    if (!container) throw badRequest(`container ${name} is not valid for pod ${pod.metadata.name}`);
  } else if (containers.length === 1) container = containers[0];
  else
    throw badRequest(
      `a container name must be specified for pod ${pod.metadata.name}, choose one of: [${containers.map((c) => c.name).join(' ')}]`,
    );
  if (flag(q, 'previous')) {
    const status = (pod.status?.containerStatuses ?? []).find((cs: Unstructured) => cs.name === container.name);
    if (!status?.restartCount)
      throw badRequest(`previous terminated container "${container.name}" in pod "${pod.metadata.name}" not found`);
  }
  let out = lines(pod, container);
  const since = q.get('sinceSeconds');
  if (since !== null) out = out.filter((l) => l.at >= now.getTime() - Number(since) * 1000);
  const tail = q.get('tailLines');
  if (tail !== null && Number(tail) >= 0) out = out.slice(Math.max(out.length - Number(tail), 0));
  const timestamps = flag(q, 'timestamps');
  let text = out.map((l) => `${timestamps ? `${stamp(l.at)} ` : ''}${l.text}\n`).join('');
  const limit = q.get('limitBytes');
  if (limit !== null && Number(limit) > 0) text = Buffer.from(text).subarray(0, Number(limit)).toString();
  return { text, container: container.name };
}
