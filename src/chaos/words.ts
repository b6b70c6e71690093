import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { blastRadius } from './blast-radius.ts';
import { DEFAULT_LATENCY_MS, DEFAULT_LOSS_PERCENT } from './chaos-mesh-objects.ts';
import type { SimulationSpec } from './simulation.ts';
import { targetWords } from './simulation.ts';

/** "kill 1 pod of staging/api (level 1) for 60s": what an experiment does, in words. */
export function describeExperiment(namespace: string, spec: SimulationSpec): string {
  const e = spec.experiment;
  const pods = `${blastRadius(spec.level).words} of ${namespace}/${targetWords(e.target)}`;
  const what = {
    'pod-kill': `kill ${pods}`,
    'pod-failure': `make ${pods} fail`,
    'network-delay': `add ${e.latencyMs ?? DEFAULT_LATENCY_MS}ms of network latency to ${pods}`,
    'network-loss': `drop ${e.lossPercent ?? DEFAULT_LOSS_PERCENT}% of the packets of ${pods}`,
    'network-partition': `cut ${pods} off the network of ${namespace}`,
    'cpu-stress': `stress the CPU of ${pods}`,
    'memory-stress': `put memory pressure on ${pods}`,
  }[e.type];
  return `${what} (level ${spec.level}) for ${e.durationSeconds}s`;
}

/** A stable hash of the state an approval binds (drift check). */
export function fingerprintOf(state: unknown): string {
  return createHash('sha256')
    .update(canonicalize(state) ?? '')
    .digest('hex')
    .slice(0, 32);
}
