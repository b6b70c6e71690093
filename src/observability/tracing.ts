import { createRequire } from 'node:module';
import { type Attributes, type Context, context, propagation, ROOT_CONTEXT, SpanStatusCode, trace } from '@opentelemetry/api';
import type * as OtlpExporter from '@opentelemetry/exporter-trace-otlp-http';
import type * as OtelResources from '@opentelemetry/resources';
import type * as OtelSdk from '@opentelemetry/sdk-trace-node';
import type { Config } from '../config/config.ts';
import { logger } from './logger.ts';

/** The global tracer: a no-op until `startTracing` registers a provider, so spans cost nothing when tracing is off. */
const tracer = () => trace.getTracer('coxswain');

export interface Tracing {
  /** Exports what is buffered and stops (call on shutdown, after the last request). */
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry tracing, only when OTEL_EXPORTER_OTLP_ENDPOINT is set: spans (plan, policy, execute) go to
 * ENDPOINT/v1/traces as OTLP/HTTP JSON. Otherwise nothing is registered and `withSpan` stays a no-op.
 */
export function startTracing(config: Pick<Config, 'OTEL_EXPORTER_OTLP_ENDPOINT'>, serviceName = 'coxswain'): Tracing | undefined {
  const endpoint = config.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return undefined;
  // The SDK and exporter load only when tracing is configured (they weigh several MB at start-up otherwise).
  const require = createRequire(import.meta.url);
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof OtlpExporter;
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof OtelResources;
  const { BatchSpanProcessor, NodeTracerProvider } = require('@opentelemetry/sdk-trace-node') as typeof OtelSdk;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` }))],
  });
  provider.register();
  logger.info({ endpoint }, 'OpenTelemetry tracing on');
  return {
    shutdown: async () => {
      await provider.forceFlush();
      await provider.shutdown();
      trace.disable();
      propagation.disable();
    },
  };
}

/**
 * The W3C `traceparent` of the active span, to carry a trace across the queue to the worker that runs the job;
 * undefined when tracing is off or no span is active.
 */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** The context a `traceparent` (from `currentTraceparent`) names, as a parent for `withSpan`. */
export function contextOf(traceparent: string | undefined): Context | undefined {
  return traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent }) : undefined;
}

/**
 * Runs `fn` (sync or async) in a span named `name`, a child of `parent` when given (else of the active span); a
 * thrown error marks the span failed and is rethrown.
 */
export function withSpan<T>(name: string, attributes: Attributes, fn: () => T, parent?: Context): T {
  return tracer().startActiveSpan(name, { attributes }, parent ?? context.active(), (span) => {
    const fail = (err: unknown) => {
      span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
      span.end();
      throw err;
    };
    try {
      const out = fn();
      if (out instanceof Promise) {
        return out.then((v) => {
          span.end();
          return v;
        }, fail) as T;
      }
      span.end();
      return out;
    } catch (err) {
      return fail(err);
    }
  });
}
