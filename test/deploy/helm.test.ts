import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { TOOLS } from '../../src/catalog/registry.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { HELM_VERSION, helmBinary } from './helm-binary.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CHART = join(ROOT, 'deploy', 'helm', 'coxswain');
const read = (...p: string[]) => readFileSync(join(...p), 'utf8');

// biome-ignore lint/suspicious/noExplicitAny: rendered Kubernetes objects are walked by path in assertions.
type Obj = Record<string, any>;

const helm = helmBinary();

/** `helm template` of the chart with values.yaml plus `overrides` (release ops in namespace coxswain), parsed. */
function render(overrides: Obj = {}): Obj[] {
  const dir = mkdtempSync(join(tmpdir(), 'coxswain-chart-'));
  try {
    // JSON is YAML: the overrides go to helm as a values file, merged over values.yaml as `-f` does.
    writeFileSync(join(dir, 'values.json'), JSON.stringify(overrides));
    const text = execFileSync(
      helm as string,
      ['template', 'ops', CHART, '--namespace', 'coxswain', '-f', join(dir, 'values.json')],
      {
        encoding: 'utf8',
      },
    );
    const docs: Obj[] = [];
    for (const doc of parseAllDocuments(text)) {
      expect(doc.errors, `${doc.errors.join('; ')}\n${text}`).toEqual([]);
      const value = doc.toJS();
      if (value) docs.push(value);
    }
    return docs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const one = (docs: Obj[], kind: string): Obj => {
  const found = docs.filter((d) => d.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0];
};
const container = (docs: Obj[]) => one(docs, 'Deployment').spec.template.spec.containers[0];
const env = (docs: Obj[]) => Object.fromEntries(container(docs).env.map((e: Obj) => [e.name, e.value ?? e.valueFrom]));

describe.skipIf(!helm)(`Helm chart deploy/helm/coxswain, rendered by Helm ${HELM_VERSION}`, () => {
  const defaults = helm ? render({ redis: { url: 'redis://redis:6379' } }) : [];

  it('passes helm lint --strict', () => {
    const out = execFileSync(helm as string, ['lint', '--strict', CHART, '--set', 'redis.url=redis://redis:6379'], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
  });

  it('renders the objects a deployment needs, all in the release namespace', () => {
    expect(defaults.map((d) => d.kind).sort()).toEqual([
      'ClusterRole',
      'ClusterRoleBinding',
      'ConfigMap',
      'Deployment',
      'PodDisruptionBudget',
      'Role',
      'RoleBinding',
      'Service',
      'ServiceAccount',
    ]);
    for (const d of defaults.filter((x) => !x.kind.startsWith('Cluster'))) expect(d.metadata.namespace, d.kind).toBe('coxswain');
  });

  it('Deployment: replicas configurable, non-root, probes, secrets by reference, external Redis, policy mounted', () => {
    const dep = one(defaults, 'Deployment');
    expect(dep.spec.replicas).toBe(2);
    expect(one(render({ replicaCount: 5 }), 'Deployment').spec.replicas).toBe(5);
    const pod = dep.spec.template.spec;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 10001 });
    expect(pod.serviceAccountName).toBe(one(defaults, 'ServiceAccount').metadata.name);
    const c = container(defaults);
    expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
    expect(c.image).toBe('ghcr.io/coxswain-dev/coxswain:0.1.0');
    expect(c.livenessProbe.httpGet).toMatchObject({ path: '/healthz', port: 'http' });
    expect(c.readinessProbe.httpGet).toMatchObject({ path: '/readyz', port: 'http' });
    const e = env(defaults);
    expect(e.SLACK_BOT_TOKEN).toEqual({ secretKeyRef: { name: 'coxswain-slack', key: 'bot-token' } });
    expect(e.SLACK_SIGNING_SECRET).toEqual({ secretKeyRef: { name: 'coxswain-slack', key: 'signing-secret' } });
    expect(e.SLACK_APP_TOKEN).toBeUndefined();
    expect(e.OPENAI_API_KEY).toBeUndefined();
    expect(e.REDIS_URL).toBe('redis://redis:6379');
    expect(e.COXSWAIN_IMPERSONATE).toBe('false');
    expect(e.COXSWAIN_MCP_TOKENS_FILE).toBeUndefined();
    // No secret is ever a plain value.
    for (const v of c.env) if (/TOKEN|SECRET|KEY/.test(v.name)) expect(v.valueFrom?.secretKeyRef, v.name).toBeDefined();
    // The policy ConfigMap is mounted where COXSWAIN_POLICY points.
    const cm = one(defaults, 'ConfigMap');
    const vol = pod.volumes.find((v: Obj) => v.configMap?.name === cm.metadata.name);
    const mount = c.volumeMounts.find((m: Obj) => m.name === vol.name);
    expect(e.COXSWAIN_POLICY).toBe(`${mount.mountPath}/policy.yaml`);
    expect(parsePolicy(cm.data['policy.yaml']).errors).toEqual([]);
    // The process listens where the probes and the Service look.
    expect(c.ports[0]).toMatchObject({ name: 'http', containerPort: Number(e.PORT) });
    expect(e.HOST).toBe('0.0.0.0');
  });

  it('Redis URL and the OpenAI key from Secrets when configured', () => {
    const e = env(
      render({ redis: { existingSecret: 'redis-conn' }, openai: { existingSecret: 'openai', baseUrl: 'http://llm:8000/v1' } }),
    );
    expect(e.REDIS_URL).toEqual({ secretKeyRef: { name: 'redis-conn', key: 'url' } });
    expect(e.OPENAI_API_KEY).toEqual({ secretKeyRef: { name: 'openai', key: 'api-key' } });
    expect(e.OPENAI_BASE_URL).toBe('http://llm:8000/v1');
  });

  it('ClusterRole: least privilege for the tools, impersonate only when enabled', () => {
    const rules: Obj[] = one(defaults, 'ClusterRole').rules;
    const grants = rules.flatMap((r) =>
      r.resources.flatMap((res: string) => r.verbs.map((v: string) => `${r.apiGroups[0] || 'core'}/${res}:${v}`)),
    );
    for (const r of rules) {
      expect(r.verbs).not.toContain('*');
      expect(r.resources).not.toContain('*');
      expect(r.apiGroups).not.toContain('*');
      expect(r.resources).not.toContain('secrets');
      expect(r.resources).not.toContain('pods/exec');
      expect(r.resources).not.toContain('pods/attach');
      expect(r.resources).not.toContain('pods/portforward');
    }
    expect(grants).not.toContain('core/namespaces:delete');
    expect(grants.some((g) => g.startsWith('rbac.authorization.k8s.io/'))).toBe(false);
    expect(grants.some((g) => g.endsWith(':impersonate'))).toBe(false);
    // What the tools do needs these (a missing one is a Forbidden in production).
    for (const g of [
      'apps/deployments:create',
      'apps/deployments:patch',
      'apps/deployments/scale:patch',
      'apps/replicasets:list',
      'core/pods:delete',
      'core/pods/log:get',
      'core/events:list',
      'argoproj.io/rollouts:patch',
      'argoproj.io/rollouts/status:patch',
      'argoproj.io/applications:list',
      'chaos.coxswain.dev/chaossimulations:create',
    ])
      expect(grants, g).toContain(g);
    // The chaos Lease is namespaced: granted by a Role in the release namespace, not cluster-wide.
    expect(grants.some((g) => g.startsWith('coordination.k8s.io/'))).toBe(false);
    const role = one(defaults, 'Role');
    expect(role.metadata.namespace).toBe('coxswain');
    expect(role.rules).toEqual([
      { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update'] },
    ]);
    const podEnv = env(defaults);
    expect(podEnv.POD_NAMESPACE).toEqual({ fieldRef: { fieldPath: 'metadata.namespace' } });
    expect(TOOLS).toHaveLength(18);

    const imp = one(render({ impersonation: { enabled: true } }), 'ClusterRole').rules.filter((r: Obj) =>
      r.verbs.includes('impersonate'),
    );
    expect(imp).toEqual([{ apiGroups: [''], resources: ['users', 'groups'], verbs: ['impersonate'] }]);
    expect(env(render({ impersonation: { enabled: true } })).COXSWAIN_IMPERSONATE).toBe('true');
  });

  it('binds the ClusterRole to the ServiceAccount; PDB and Service select the pods', () => {
    const sa = one(defaults, 'ServiceAccount');
    const binding = one(defaults, 'ClusterRoleBinding');
    expect(binding.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: one(defaults, 'ClusterRole').metadata.name,
    });
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: sa.metadata.name, namespace: 'coxswain' }]);
    const roleBinding = one(defaults, 'RoleBinding');
    expect(roleBinding.roleRef).toMatchObject({ kind: 'Role', name: one(defaults, 'Role').metadata.name });
    expect(roleBinding.subjects).toEqual(binding.subjects);
    const podLabels = one(defaults, 'Deployment').spec.template.metadata.labels;
    const pdb = one(defaults, 'PodDisruptionBudget');
    expect(pdb.spec.minAvailable).toBe(1);
    expect(podLabels).toMatchObject(pdb.spec.selector.matchLabels);
    const svc = one(defaults, 'Service');
    expect(podLabels).toMatchObject(svc.spec.selector);
    expect(svc.spec.ports[0]).toMatchObject({ port: 8080, targetPort: 'http' });
    expect(render({ podDisruptionBudget: { enabled: false } }).some((d) => d.kind === 'PodDisruptionBudget')).toBe(false);
  });

  it('MCP tokens from a Secret file, Socket Mode without a signing secret, tracing by value', () => {
    const docs = render({
      mcp: { enabled: true, existingSecret: 'mcp-tokens' },
      slack: { appTokenKey: 'app-token', teamId: 'T123' },
      tracing: { otlpEndpoint: 'http://otel:4318' },
    });
    const e = env(docs);
    expect(e.SLACK_APP_TOKEN).toEqual({ secretKeyRef: { name: 'coxswain-slack', key: 'app-token' } });
    expect(e.SLACK_SIGNING_SECRET).toBeUndefined();
    expect(e.SLACK_TEAM_ID).toBe('T123');
    expect(e.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://otel:4318');
    const pod = one(docs, 'Deployment').spec.template.spec;
    const vol = pod.volumes.find((v: Obj) => v.secret);
    expect(vol.secret).toEqual({ secretName: 'mcp-tokens', items: [{ key: 'tokens', path: 'tokens' }] });
    const mount = container(docs).volumeMounts.find((m: Obj) => m.name === vol.name);
    expect(e.COXSWAIN_MCP_TOKENS_FILE).toBe(`${mount.mountPath}/tokens`);
    // Mounts do not nest inside each other (a configMap volume cannot host another mount point).
    const paths: string[] = container(docs).volumeMounts.map((m: Obj) => m.mountPath);
    for (const p of paths) for (const q of paths) if (p !== q) expect(q.startsWith(`${p}/`), `${q} under ${p}`).toBe(false);
    expect(render({ slack: { enabled: false } }).some((d) => d.kind === 'Deployment' && env([d]).SLACK_BOT_TOKEN)).toBe(false);
  });

  it('ships the ChaosSimulation CRD in crds/, identical to deploy/crds/chaossimulation.yaml', () => {
    expect(read(CHART, 'crds', 'chaossimulation.yaml')).toBe(read(ROOT, 'deploy', 'crds', 'chaossimulation.yaml'));
    expect(parse(read(CHART, 'crds', 'chaossimulation.yaml')).kind).toBe('CustomResourceDefinition');
  });
});

describe('deploy/Dockerfile', () => {
  const text = read(ROOT, 'deploy', 'Dockerfile');
  const lines = text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
  const imageUser = () =>
    lines
      .filter((l) => /^USER\s/i.test(l))
      .at(-1)!
      .split(/\s+/)[1]
      .split(':')[0];

  it('is multi-stage on Node 24 and runs as a non-root user', () => {
    const froms = lines.filter((l) => /^FROM\s/i.test(l));
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const f of froms) expect(f).toMatch(/^FROM\s+node:24[-.\w]*/i);
    const users = lines.filter((l) => /^USER\s/i.test(l));
    expect(users.length).toBeGreaterThan(0);
    expect(['root', '0']).not.toContain(imageUser());
  });

  it.skipIf(!helm)("the chart's runAsUser is the image's user", () => {
    expect(imageUser()).toBe(String(one(render(), 'Deployment').spec.template.spec.securityContext.runAsUser));
  });

  it('copies paths that exist, including everything the code reads at run time', () => {
    const sources = lines
      .filter((l) => /^COPY\s/i.test(l) && !/--from=/.test(l))
      .flatMap((l) =>
        l
          .trim()
          .split(/\s+/)
          .slice(1, -1)
          .filter((w) => !w.startsWith('--')),
      );
    for (const s of sources) expect(existsSync(join(ROOT, s)), s).toBe(true);
    // Files loaded next to the code (import.meta.url): the CRD, the prompt, the sandbox policy, the playground.
    for (const needed of ['src', 'tools', 'bin', 'prompts', 'deploy/crds', 'deploy/policy', 'package.json']) {
      expect(sources, needed).toContain(needed);
    }
    if (readdirSync(ROOT).includes('web')) expect(sources).toContain('web');
    expect(text).toMatch(/npm ci --omit=dev/);
  });
});
