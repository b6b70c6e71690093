import { type Attributes, SpanStatusCode, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
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
    },
  };
}

/** Runs `fn` (sync or async) in a span named `name`; a thrown error marks the span failed and is rethrown. */
export function withSpan<T>(name: string, attributes: Attributes, fn: () => T): T {
  return tracer().startActiveSpan(name, { attributes }, (span) => {
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
