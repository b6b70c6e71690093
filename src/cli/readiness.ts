import type { Runtime } from '../app/runtime.ts';
import type { ReadinessCheck } from '../server/http.ts';

/** What `/readyz` asks of a runtime: Redis answers a PING and the default cluster answers a namespace read. */
export function runtimeReadiness(runtime: Runtime): Record<string, ReadinessCheck> {
  return {
    redis: async () => void (await runtime.redis.ping()),
    cluster: async () => void (await runtime.registry.get().namespaceLabels('default')),
  };
}
