import { hostname } from 'node:os';
import { asCoxswainError } from '../core/errors.ts';
import type { ClusterRegistry } from '../kube/clusters.ts';
import { logger } from '../observability/logger.ts';
import { CHAOS_MESH_GROUP } from './chaos-mesh-objects.ts';
import { ensureSimulationCrd } from './crd.ts';
import { type ChaosEngine, chaosMeshEngine, nativeEngine } from './engines.ts';
import { type ChaosApis, chaosApis, listSimulations, servedGroups, writeStatus } from './kube.ts';
import { leaseElector } from './lease.ts';
import { endSimulation, engineOf } from './lifecycle.ts';
import { sweepOrphans } from './orphans.ts';
import { CHAOS_GROUP, phaseOf, type Simulation } from './simulation.ts';
import { assertChaosAllowedIn, resolveTarget } from './target.ts';

export interface ChaosReconcilerOptions {
  registry: ClusterRegistry;
  /** Configured cluster name; the default cluster when omitted. */
  cluster?: string;
  /** Time between passes (default 5s). */
  intervalMs?: number;
  /** This replica's Lease holder identity (default hostname + pid). */
  identity?: string;
  leaseName?: string;
  /** The bot's own namespace (POD_NAMESPACE) when known; default `default`. */
  leaseNamespace?: string;
  /** How long a holder that stopped renewing keeps the lease (default 15s). */
  leaseDurationSeconds?: number;
  /** The clock (tests move it instead of sleeping). */
  now?: () => Date;
  /** Run passes on a timer (default true); false leaves it to the caller's runOnce(). */
  autoRun?: boolean;
}

export interface ChaosReconciler {
  stop(): Promise<void>;
  /** One pass: hold the lease, then move every simulation one step (start, end at endsAt). */
  runOnce(): Promise<void>;
}

/**
 * Carries ChaosSimulations out: Pending → Running (Chaos Mesh when its CRDs are served, else the native engine)
 * → Finished at endsAt; Failed with a message when the engine cannot do it. Exactly one replica acts, the
 * holder of a coordination.k8s.io Lease; the others only keep trying for the lease.
 */
export function startChaosReconciler(opts: ChaosReconcilerOptions): ChaosReconciler {
  const now = opts.now ?? (() => new Date());
  const intervalMs = opts.intervalMs ?? 5000;
  const api: ChaosApis = chaosApis(opts.registry.get(opts.cluster));
  const identity = opts.identity ?? `${hostname()}-${process.pid}`;
  const lease = leaseElector({
    api,
    name: opts.leaseName ?? 'coxswain-chaos-reconciler',
    namespace: opts.leaseNamespace ?? 'default',
    identity,
    durationSeconds: opts.leaseDurationSeconds ?? 15,
    now,
  });
  const log = logger.child({ component: 'chaos-reconciler', cluster: api.clusterName, identity });
  let crdServed = false;
  let warnedNoCrd = false;
  let leading = false;

  async function runOnce(): Promise<void> {
    if (!crdServed) {
      crdServed = await ensureSimulationCrd(api);
      if (!crdServed && !warnedNoCrd)
        log.warn('the ChaosSimulation CRD is not served; chaos experiments cannot run until it is installed');
      warnedNoCrd = !crdServed;
    }
    const held = await lease.acquire();
    if (held !== leading) log.info({ leading: held }, held ? 'holding the chaos lease' : 'another replica holds the chaos lease');
    leading = held;
    if (!held) return;
    const groups = await servedGroups(api);
    if (!groups.has(CHAOS_GROUP)) return;
    const chaosMesh = groups.has(CHAOS_MESH_GROUP);
    const sims = await listSimulations(api);
    for (const sim of sims) {
      try {
        await step(sim, chaosMesh);
      } catch (err) {
        log.warn(
          { simulation: `${sim.metadata.namespace}/${sim.metadata.name}`, err: asCoxswainError(err).message },
          'chaos step failed; next pass retries',
        );
      }
    }
    if (chaosMesh) await sweepOrphans(api, sims);
  }

  async function step(sim: Simulation, chaosMesh: boolean): Promise<void> {
    const phase = phaseOf(sim);
    if (phase === 'Pending') return start(sim, chaosMesh ? chaosMeshEngine(api) : nativeEngine(api));
    if (phase === 'Running' && sim.status?.endsAt && Date.parse(sim.status.endsAt) <= now().getTime()) {
      const ended = await endSimulation(
        api,
        sim,
        'Finished',
        `${sim.status.message ?? ''} Ended after ${sim.spec.experiment.durationSeconds}s.`.trim(),
      );
      log.info({ simulation: sim.metadata.name, phase: ended.status?.phase }, 'chaos simulation ended');
      return;
    }
    if (phase === 'Running') {
      const pods = await engineOf(api, sim).observe(sim);
      // A conflict here only means someone else wrote meanwhile; the next pass looks again.
      if (pods) await writeStatus(api, sim, { ...sim.status, affectedPods: pods });
    }
  }

  /**
   * Running is written before the engine acts: a replica that dies in between leaves a simulation that did
   * less than asked, never one that a successor carries out a second time.
   */
  async function start(sim: Simulation, engine: ChaosEngine): Promise<void> {
    const startedAt = now();
    const duration = sim.spec.experiment.durationSeconds;
    const endsAt = new Date(startedAt.getTime() + duration * 1000);
    let running: Simulation;
    try {
      running = await writeStatus(api, sim, {
        phase: 'Running',
        engine: engine.name,
        startedAt: startedAt.toISOString(),
        endsAt: endsAt.toISOString(),
        message: 'Starting.',
      });
    } catch (err) {
      // Changed meanwhile (e.g. stopped before it started): the next pass sees its new state.
      if (asCoxswainError(err).code === 'conflict') return;
      throw err;
    }
    try {
      assertChaosAllowedIn(sim.metadata.namespace);
      const target = await resolveTarget(api, sim.metadata.namespace, sim.spec.experiment.target);
      const result = await engine.start(running, target, duration);
      await writeStatus(api, running, {
        ...running.status,
        resources: result.resources,
        affectedPods: result.affectedPods,
        message: result.message,
      }).catch(async (err: unknown) => {
        // Stopped while the engine acted: undo what it just created.
        if (asCoxswainError(err).code !== 'conflict') throw err;
        await engine.cleanup(running);
      });
      log.info({ simulation: sim.metadata.name, engine: engine.name, affected: result.affectedPods }, 'chaos simulation running');
    } catch (err) {
      const e = asCoxswainError(err);
      await endSimulation(api, running, 'Failed', e.message);
      log.info({ simulation: sim.metadata.name, reason: e.message }, 'chaos simulation failed');
    }
  }

  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  let stopped = false;
  const loop = () => {
    inFlight = runOnce()
      .catch((err: unknown) => log.warn({ err: asCoxswainError(err).message }, 'chaos reconciler pass failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, intervalMs);
      });
  };
  if (opts.autoRun !== false) timer = setTimeout(loop, 0);

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
      if (leading)
        await lease
          .release()
          .catch((err: unknown) => log.warn({ err: asCoxswainError(err).message }, 'could not release the chaos lease'));
    },
  };
}
