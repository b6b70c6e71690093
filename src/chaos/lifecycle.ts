import { CoxswainError } from '../core/errors.ts';
import { logger } from '../observability/logger.ts';
import { type ChaosEngine, chaosMeshEngine, nativeEngine } from './engines.ts';
import { type ChaosApis, getSimulation, writeStatus } from './kube.ts';
import { isTerminal, type Phase, type Simulation } from './simulation.ts';

/** The engine that started a simulation is the one that cleans it up. */
export function engineOf(api: ChaosApis, sim: Simulation): ChaosEngine {
  return sim.status?.engine === 'chaos-mesh' ? chaosMeshEngine(api) : nativeEngine(api);
}

/**
 * Ends a simulation: removes what its engine created, then records the final phase. Status writes carry the
 * resourceVersion, so when another writer (the reconciler, a second stop) got there first this reads again and
 * stops as soon as the simulation is already over. Returns the simulation as it ends up.
 */
export async function endSimulation(
  api: ChaosApis,
  sim: Simulation,
  phase: Extract<Phase, 'Finished' | 'Stopped' | 'Failed'>,
  message: string,
): Promise<Simulation> {
  let current = sim;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (isTerminal(current)) return current;
    await engineOf(api, current).cleanup(current);
    try {
      return await writeStatus(api, current, { ...current.status, phase, message });
    } catch (err) {
      if (!(err instanceof CoxswainError && err.code === 'conflict')) throw err;
      logger.debug({ simulation: current.metadata.name }, 'simulation changed while ending it; reading again');
      const fresh = await getSimulation(api, current.metadata.namespace, current.metadata.name);
      if (!fresh) return current;
      current = fresh;
    }
  }
  throw new CoxswainError(
    'conflict',
    'cluster',
    `chaossimulation ${sim.metadata.namespace}/${sim.metadata.name} kept changing while coxswain tried to end it. Try stop_chaos again.`,
  );
}
