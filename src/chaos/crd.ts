import { readFileSync } from 'node:fs';
import type { V1CustomResourceDefinition } from '@kubernetes/client-node';
import { parse } from 'yaml';
import { CoxswainError } from '../core/errors.ts';
import { logger } from '../observability/logger.ts';
import { type ChaosApis, call, callOrMissing, servedGroups } from './kube.ts';
import { CHAOS_CRD_NAME, CHAOS_GROUP } from './simulation.ts';

const CRD_FILE = new URL('../../deploy/crds/chaossimulation.yaml', import.meta.url);

function simulationCrd(): V1CustomResourceDefinition {
  return parse(readFileSync(CRD_FILE, 'utf8')) as V1CustomResourceDefinition;
}

/**
 * Installs deploy/crds/chaossimulation.yaml when it is missing and coxswain may create CRDs; without the
 * permission it says so and relies on an operator having installed it. An existing CRD is left alone: its
 * upgrades go through `kubectl apply` or the Helm chart, never a race between replicas. True when it is served.
 */
export async function ensureSimulationCrd(api: ChaosApis): Promise<boolean> {
  const wanted = simulationCrd();
  const ctx = { resource: 'customresourcedefinition', name: CHAOS_CRD_NAME };
  try {
    const existing = await callOrMissing(api, { verb: 'get', ...ctx }, () =>
      api.apiext.readCustomResourceDefinition({ name: CHAOS_CRD_NAME }),
    );
    if (!existing) {
      await call(api, { verb: 'create', ...ctx }, () => api.apiext.createCustomResourceDefinition({ body: wanted }));
      logger.info({ cluster: api.clusterName }, 'installed the ChaosSimulation CRD');
    }
  } catch (err) {
    const code = err instanceof CoxswainError ? err.code : undefined;
    if (code === 'forbidden') {
      logger.warn({ cluster: api.clusterName }, 'coxswain may not install CRDs; apply deploy/crds/chaossimulation.yaml by hand');
    } else if (code !== 'conflict') {
      // (conflict: another replica created it a moment ago, which is as good.)
      throw err;
    }
  }
  return (await servedGroups(api)).has(CHAOS_GROUP);
}
