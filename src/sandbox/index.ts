/**
 * The sandbox cluster: a Kubernetes API and OpenCost emulator on loopback, seeded with the inventory of
 * ../shared/design/sandbox.md. Used by `coxswain sandbox`, `coxswain start` and the tests.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { clearArgoCd, configureArgoCd, DEFAULT_SELF_HEAL_DELAY_MS } from './argocd/state.ts';
import { seedCluster } from './bootstrap.ts';
import type { Cluster } from './cluster.ts';
import { runControllers } from './controllers/index.ts';
import { kubeconfigYaml } from './kubeconfig.ts';
import { UsageHistory } from './opencost/usage.ts';
import { Authorizer, Faults, type ForbidRule, type LoggedRequest, RequestLog } from './request-log.ts';
import { ResourceTypes } from './resource-types.ts';
import { createHandler } from './server.ts';
import { Store } from './store.ts';
import type { Unstructured } from './types.ts';

export type { FaultRule, ForbidRule, LoggedRequest } from './request-log.ts';
export type { Unstructured } from './types.ts';

export interface SandboxOptions {
  /** Port to listen on (default: a free one). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1: loopback only). */
  host?: string;
  /** When given, the kubeconfig is written there at start. */
  kubeconfigPath?: string;
  /** Bearer token clients must send (default: a random one). */
  token?: string;
  /** Clock for controllers and cost data (default: the real one). */
  now?: () => Date;
  /** N: the seed's application namespaces N times (team-002-staging…), about 9×N workloads and 33×N pods (default 1). */
  scale?: number;
  /** How long a self-healed Argo CD app stays out of sync before the sandbox reverts it (default 60 s). */
  selfHealDelayMs?: number;
}

export interface Sandbox {
  url: string;
  port: number;
  token: string;
  kubeconfigYaml(opts?: { user?: string }): string;
  writeKubeconfig(path: string, opts?: { user?: string }): void;
  /** Every request received since start or `clearRequests()`. */
  readonly requests: LoggedRequest[];
  clearRequests(): void;
  /** Refuses requests impersonating `user` (403 Forbidden as RBAC would), optionally only for some verbs/resources/namespaces. */
  forbidUser(user: string, rule?: ForbidRule): void;
  allowUser(user: string): void;
  faults: Faults;
  /** Direct state access: `get('apps/v1', 'deployments', 'staging', 'web')` (plural or Kind). */
  get(apiVersion: string, kindOrPlural: string, namespace: string | undefined, name: string): Unstructured | undefined;
  list(apiVersion: string, kindOrPlural: string, namespace?: string): Unstructured[];
  /** Back to the seed inventory (and no faults, forbidden users or logged requests). */
  reset(): void;
  stop(): Promise<void>;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const token = opts.token ?? randomBytes(24).toString('hex');
  const cluster: Cluster = { store: new Store(), types: new ResourceTypes(), now: opts.now ?? (() => new Date()) };
  const log = new RequestLog();
  const faults = new Faults();
  const authz = new Authorizer();
  const usage = new UsageHistory(cluster.store, cluster.now);
  configureArgoCd(cluster, {
    selfHealDelayMs: opts.selfHealDelayMs ?? DEFAULT_SELF_HEAL_DELAY_MS,
    wake: () => runControllers(cluster),
  });
  seedCluster(cluster, opts.scale);
  usage.markSeeded();
  const server = createServer(createHandler({ cluster, log, faults, authz, usage, token }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const findType = (apiVersion: string, kindOrPlural: string) => {
    const [g, v] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    const t = cluster.types.inGroupVersion(g, v).find((x) => x.plural === kindOrPlural || x.kind === kindOrPlural);
    if (!t) throw new Error(`the sandbox does not serve ${kindOrPlural} in ${apiVersion}`);
    return t;
  };
  const sandbox: Sandbox = {
    url,
    port,
    token,
    kubeconfigYaml: (o) => kubeconfigYaml({ server: url, token, user: o?.user }),
    writeKubeconfig: (path, o) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, kubeconfigYaml({ server: url, token, user: o?.user }), { mode: 0o600 });
    },
    get requests() {
      return log.entries;
    },
    clearRequests: () => log.clear(),
    forbidUser: (user, rule) => authz.forbid(user, rule),
    allowUser: (user) => authz.allow(user),
    faults,
    get: (apiVersion, kind, namespace, name) => {
      runControllers(cluster);
      return cluster.store.get(findType(apiVersion, kind), namespace, name);
    },
    list: (apiVersion, kind, namespace) => cluster.store.list(findType(apiVersion, kind), namespace),
    reset: () => {
      cluster.store.clear();
      cluster.types = new ResourceTypes();
      usage.clear();
      clearArgoCd(cluster);
      seedCluster(cluster, opts.scale);
      usage.markSeeded();
      log.clear();
      faults.clear();
      authz.clear();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        clearArgoCd(cluster);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  if (opts.kubeconfigPath) sandbox.writeKubeconfig(opts.kubeconfigPath);
  return sandbox;
}
