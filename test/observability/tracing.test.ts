import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing, withSpan } from '../../src/observability/tracing.ts';
import { startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

interface OtlpSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: { key: string; value: { stringValue?: string } }[];
}

/** The spans of one request (by its requestId attribute) in the OTLP/HTTP JSON bodies, by name. */
function spansOf(bodies: string[], requestId: string): Record<string, OtlpSpan> {
  const spans = bodies.flatMap((b) =>
    (JSON.parse(b) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] }).resourceSpans.flatMap((r) =>
      r.scopeSpans.flatMap((s) => s.spans),
    ),
  );
  const ofRequest = spans.filter((s) => s.attributes.some((a) => a.key === 'requestId' && a.value.stringValue === requestId));
  return Object.fromEntries(ofRequest.map((s) => [s.name, s]));
}

/** A local OTLP/HTTP collector: keeps the bodies posted to /v1/traces. */
async function startCollector(): Promise<{ url: string; bodies: string[]; server: Server }> {
  const bodies: string[] = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    if (req.url === '/v1/traces') bodies.push(body);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies, server };
}

describe('OpenTelemetry tracing', () => {
  let t: TestRuntime;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  beforeAll(async () => {
    collector = await startCollector();
    t = await startTestRuntime();
  });
  afterAll(async () => {
    await t?.close();
    collector?.server.close();
  });

  it('is off without OTEL_EXPORTER_OTLP_ENDPOINT: nothing registered, spans are no-ops that still return', () => {
    expect(startTracing({})).toBeUndefined();
    expect(withSpan('x', {}, () => 42)).toBe(42);
    expect(() =>
      withSpan('x', {}, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
  });

  it('exports plan, policy and execute spans over OTLP/HTTP when the endpoint is set', async () => {
    const tracing = startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: `${collector.url}/` });
    expect(tracing).toBeDefined();
    const r = await t.runtime.core.handle({
      channel: 'terminal',
      actor: { personId: 'alice' },
      text: 'scale web in staging to 2',
    });
    expect(r.outcome).toBe('executed');
    await tracing!.shutdown();
    const all = collector.bodies.join('\n');
    for (const name of ['coxswain.plan', 'coxswain.policy', 'coxswain.execute']) expect(all).toContain(`"${name}"`);
    expect(all).toContain(r.requestId);
    expect(all).toContain('"coxswain"');
    // One trace per request: the execute span, run by a worker from the queue, is a child of the request's span
    // (through the job's traceparent), in the same trace as the plan span.
    const spans = spansOf(collector.bodies, r.requestId);
    const { 'coxswain.request': request, 'coxswain.plan': plan, 'coxswain.execute': execute } = spans;
    expect(Object.keys(spans).sort()).toEqual(['coxswain.execute', 'coxswain.plan', 'coxswain.policy', 'coxswain.request']);
    expect(execute!.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(execute!.traceId).toBe(plan!.traceId);
    expect(execute!.parentSpanId).toBe(request!.spanId);
    expect(plan!.parentSpanId).toBe(request!.spanId);
    // After shutdown the global provider is gone again.
    expect(trace.getTracer('coxswain').startSpan('after').isRecording()).toBe(false);
  });
});
