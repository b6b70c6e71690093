import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ToolDefinition } from '../../src/catalog/tool.ts';
import type { LoggedRequest } from '../../src/sandbox/index.ts';
import abortRollout from '../../tools/abort-rollout.ts';
import createDeployment from '../../tools/create-deployment.ts';
import deletePod from '../../tools/delete-pod.ts';
import pauseRollout from '../../tools/pause-rollout.ts';
import promoteRollout from '../../tools/promote-rollout.ts';
import restart from '../../tools/restart.ts';
import retryRollout from '../../tools/retry-rollout.ts';
import rollback from '../../tools/rollback.ts';
import scale from '../../tools/scale.ts';
import setImage from '../../tools/set-image.ts';
import { startTestCluster, type TestCluster } from '../helpers/cluster.ts';

let c: TestCluster;
beforeAll(async () => {
  c = await startTestCluster();
});
afterAll(async () => c?.cleanup());
beforeEach(() => c.sandbox.reset());

const deployment = (ns: string, name: string) => c.sandbox.get('apps/v1', 'deployments', ns, name);
const rollout = (ns: string, name: string) => c.sandbox.get('argoproj.io/v1alpha1', 'rollouts', ns, name);

/** Preview (dry run, nothing stored), then execute; returns the writes that reached the API. */
async function previewThenRun<A extends Record<string, unknown>>(tool: ToolDefinition, args: A) {
  const parsed = tool.schema.parse(args);
  const preview = await tool.preview(parsed, c.ctx);
  expect(c.writes()).toEqual([]);
  if (preview.changes.length) expect(c.sandbox.requests.some((r) => r.dryRun)).toBe(true);
  c.sandbox.clearRequests();
  const result = await tool.execute(parsed, c.ctx);
  return { preview, result, writes: c.writes() };
}

const wire = (r: LoggedRequest) => ({ method: r.method, path: r.path, contentType: r.contentType, body: r.body });

describe('scale', () => {
  test('merge patch on deployments/scale; preview shows replicas before → after; twice stays N', async () => {
    const { preview, writes } = await previewThenRun(scale, { namespace: 'staging', name: 'web', replicas: 4 });
    expect(preview).toMatchObject({ dryRun: true, target: { kind: 'Deployment', namespace: 'staging', name: 'web' } });
    expect(preview.changes).toEqual([{ path: 'spec.replicas', before: 2, after: 4 }]);
    expect(writes.map(wire)).toEqual([
      {
        method: 'PATCH',
        path: '/apis/apps/v1/namespaces/staging/deployments/web/scale',
        contentType: 'application/merge-patch+json',
        body: { spec: { replicas: 4 } },
      },
    ]);
    expect(deployment('staging', 'web')?.spec.replicas).toBe(4);
    const again = await scale.execute({ namespace: 'staging', name: 'web', replicas: 4 }, c.ctx);
    expect(again.summary).toMatch(/already has 4/);
    expect(deployment('staging', 'web')?.spec.replicas).toBe(4);
  });

  test('a Rollout scales through rollouts/scale', async () => {
    const { writes } = await previewThenRun(scale, { namespace: 'production', name: 'checkout', replicas: 7 });
    expect(writes.map(wire)).toEqual([
      {
        method: 'PATCH',
        path: '/apis/argoproj.io/v1alpha1/namespaces/production/rollouts/checkout/scale',
        contentType: 'application/merge-patch+json',
        body: { spec: { replicas: 7 } },
      },
    ]);
    expect(rollout('production', 'checkout')?.spec.replicas).toBe(7);
  });

  test('the fingerprint changes when the replicas change, and only then', async () => {
    const args = { namespace: 'staging', name: 'worker', replicas: 3 };
    const a = await scale.preview(args, c.ctx);
    const b = await scale.preview(args, c.ctx);
    expect(b.fingerprint).toBe(a.fingerprint);
    await scale.execute({ ...args, replicas: 2 }, c.ctx);
    expect((await scale.preview(args, c.ctx)).fingerprint).not.toBe(a.fingerprint);
  });
});

describe('restart', () => {
  test('Deployment: strategic merge patch of the restartedAt pod-template annotation (RFC3339)', async () => {
    const { preview, writes } = await previewThenRun(restart, { namespace: 'staging', name: 'api' });
    expect(preview.changes[0].path).toBe('spec.template.metadata.annotations.kubectl.kubernetes.io/restartedAt');
    expect(writes).toHaveLength(1);
    expect(writes[0].contentType).toBe('application/strategic-merge-patch+json');
    expect(writes[0].path).toBe('/apis/apps/v1/namespaces/staging/deployments/api');
    const at = (writes[0].body as { spec: { template: { metadata: { annotations: Record<string, string> } } } }).spec.template
      .metadata.annotations['kubectl.kubernetes.io/restartedAt'];
    expect(at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(deployment('staging', 'api')?.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt']).toBe(at);
  });

  test('Rollout: merge patch {"spec":{"restartAt": RFC3339 UTC}}', async () => {
    const { writes } = await previewThenRun(restart, { namespace: 'production', name: 'checkout' });
    expect(writes.map((w) => [w.path, w.contentType])).toEqual([
      ['/apis/argoproj.io/v1alpha1/namespaces/production/rollouts/checkout', 'application/merge-patch+json'],
    ]);
    const at = (writes[0].body as { spec: { restartAt: string } }).spec.restartAt;
    expect(at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(rollout('production', 'checkout')?.spec.restartAt).toBe(at);
  });
});

describe('rollback', () => {
  test('Deployment: JSON patch replacing /spec/template (hash label removed) and /metadata/annotations; pinned revision', async () => {
    const { preview, writes, result } = await previewThenRun(rollback, { namespace: 'staging', name: 'web' });
    expect(preview.pinnedArgs).toMatchObject({ namespace: 'staging', name: 'web', toRevision: 1 });
    expect(preview.changes).toEqual([{ path: 'image', before: 'ghcr.io/acme/web:1.8.0', after: 'ghcr.io/acme/web:1.7.2' }]);
    expect(writes).toHaveLength(1);
    expect(writes[0].contentType).toBe('application/json-patch+json');
    const ops = writes[0].body as { op: string; path: string; value: { metadata?: { labels?: Record<string, string> } } }[];
    expect(ops.map((o) => [o.op, o.path])).toEqual([
      ['replace', '/spec/template'],
      ['replace', '/metadata/annotations'],
    ]);
    expect(ops[0].value.metadata?.labels).not.toHaveProperty('pod-template-hash');
    expect(ops[1].value).not.toHaveProperty('deployment.kubernetes.io/revision-history');
    expect(deployment('staging', 'web')?.spec.template.spec.containers[0].image).toBe('ghcr.io/acme/web:1.7.2');
    expect(result.summary).toMatch(/revision 1/);
  });

  test('a re-run with the pinned revision is a no-op success, not one more step back', async () => {
    const preview = await rollback.preview({ namespace: 'staging', name: 'web' }, c.ctx);
    const pinned = rollback.schema.parse(preview.pinnedArgs);
    await rollback.execute(pinned, c.ctx);
    // The real controller renumbers the reused ReplicaSet (revision 1 → 3) and keeps "1" in its
    // revision-history annotation, which is how the pinned revision is found again. The sandbox does the same:
    // a sandbox that stops writing it is a regression this test reports.
    const reused = c.sandbox
      .list('apps/v1', 'replicasets', 'staging')
      .find((rs) => rs.spec.template.spec.containers[0].image === 'ghcr.io/acme/web:1.7.2');
    expect(reused?.metadata.annotations?.['deployment.kubernetes.io/revision-history']).toBe('1');
    c.sandbox.clearRequests();
    const again = await rollback.execute(pinned, c.ctx);
    expect(again.summary).toMatch(/already runs revision 1/);
    expect(c.writes()).toEqual([]);
    expect(deployment('staging', 'web')?.spec.template.spec.containers[0].image).toBe('ghcr.io/acme/web:1.7.2');
  });

  test('toRevision picks that revision', async () => {
    await setImage.execute(setImage.schema.parse({ namespace: 'staging', name: 'api', image: 'ghcr.io/acme/api:2.5.0' }), c.ctx);
    const preview = await rollback.preview({ namespace: 'staging', name: 'api', toRevision: 1 }, c.ctx);
    expect(preview.changes).toEqual([{ path: 'image', before: 'ghcr.io/acme/api:2.5.0', after: 'ghcr.io/acme/api:2.3.1' }]);
  });

  test('Rollout: JSON patch on /spec/template only, rollouts-pod-template-hash removed', async () => {
    await setImage.execute(
      setImage.schema.parse({ namespace: 'production', name: 'checkout', image: 'ghcr.io/acme/checkout:3.3.0' }),
      c.ctx,
    );
    c.sandbox.clearRequests();
    const { writes, preview } = await previewThenRun(rollback, { namespace: 'production', name: 'checkout' });
    expect(preview.changes).toEqual([
      { path: 'image', before: 'ghcr.io/acme/checkout:3.3.0', after: 'ghcr.io/acme/checkout:3.1.0' },
    ]);
    expect(writes).toHaveLength(1);
    expect(writes[0].contentType).toBe('application/json-patch+json');
    const ops = writes[0].body as { op: string; path: string; value: { metadata?: { labels?: Record<string, string> } } }[];
    expect(ops.map((o) => [o.op, o.path])).toEqual([['replace', '/spec/template']]);
    expect(ops[0].value.metadata?.labels).not.toHaveProperty('rollouts-pod-template-hash');
    expect(rollout('production', 'checkout')?.spec.template.spec.containers[0].image).toBe('ghcr.io/acme/checkout:3.1.0');
  });
});

describe('set_image', () => {
  test('Deployment: strategic merge of the container by name', async () => {
    const { preview, writes } = await previewThenRun(setImage, {
      namespace: 'staging',
      name: 'worker',
      image: 'ghcr.io/acme/worker:1.0.0',
    });
    expect(preview.changes).toEqual([{ path: 'image', before: 'ghcr.io/acme/worker:0.9.4', after: 'ghcr.io/acme/worker:1.0.0' }]);
    expect(writes.map(wire)).toEqual([
      {
        method: 'PATCH',
        path: '/apis/apps/v1/namespaces/staging/deployments/worker',
        contentType: 'application/strategic-merge-patch+json',
        body: { spec: { template: { spec: { containers: [{ name: 'worker', image: 'ghcr.io/acme/worker:1.0.0' }] } } } },
      },
    ]);
    expect(deployment('staging', 'worker')?.spec.template.spec.containers[0].image).toBe('ghcr.io/acme/worker:1.0.0');
  });

  test('Rollout: JSON patch guarded by a test of the container name', async () => {
    const { writes } = await previewThenRun(setImage, {
      namespace: 'production',
      name: 'checkout',
      image: 'ghcr.io/acme/checkout:3.3.0',
    });
    expect(writes.map(wire)).toEqual([
      {
        method: 'PATCH',
        path: '/apis/argoproj.io/v1alpha1/namespaces/production/rollouts/checkout',
        contentType: 'application/json-patch+json',
        body: [
          { op: 'test', path: '/spec/template/spec/containers/0/name', value: 'checkout' },
          { op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'ghcr.io/acme/checkout:3.3.0' },
        ],
      },
    ]);
    expect(rollout('production', 'checkout')?.spec.template.spec.containers[0].image).toBe('ghcr.io/acme/checkout:3.3.0');
  });
});

describe('Argo Rollout actions', () => {
  test('promote: clears the pause and moves a canary to the next step on the status subresource', async () => {
    const { preview, writes } = await previewThenRun(promoteRollout, { namespace: 'staging', name: 'checkout' });
    expect(preview.changes).toContainEqual({ path: 'status.currentStepIndex', before: 1, after: 2 });
    const body = { status: { pauseConditions: null, currentStepIndex: 2 } };
    expect(writes.map(wire).at(-1)).toEqual({
      method: 'PATCH',
      path: '/apis/argoproj.io/v1alpha1/namespaces/staging/rollouts/checkout/status',
      contentType: 'application/merge-patch+json',
      body,
    });
    expect(writes.every((w) => w.contentType === 'application/merge-patch+json')).toBe(true);
    expect(rollout('staging', 'checkout')?.status.currentStepIndex).toBeGreaterThanOrEqual(2);
  });

  test('promote a paused blue-green: unpause the spec, then clear the pause conditions', async () => {
    const before = rollout('production', 'payments');
    const { writes } = await previewThenRun(promoteRollout, { namespace: 'production', name: 'payments' });
    const expected = [
      ...(before?.spec.paused
        ? [
            {
              method: 'PATCH',
              path: '/apis/argoproj.io/v1alpha1/namespaces/production/rollouts/payments',
              contentType: 'application/merge-patch+json',
              body: { spec: { paused: false } },
            },
          ]
        : []),
      {
        method: 'PATCH',
        path: '/apis/argoproj.io/v1alpha1/namespaces/production/rollouts/payments/status',
        contentType: 'application/merge-patch+json',
        body: { status: { pauseConditions: null } },
      },
    ];
    expect(writes.map(wire)).toEqual(expected);
    expect(rollout('production', 'payments')?.status.pauseConditions ?? null).toBeNull();
  });

  test('promote --full: promoteFull on the status while the canary is not the stable version', async () => {
    const { writes } = await previewThenRun(promoteRollout, { namespace: 'staging', name: 'checkout', full: true });
    expect(writes.map(wire)).toEqual([
      {
        method: 'PATCH',
        path: '/apis/argoproj.io/v1alpha1/namespaces/staging/rollouts/checkout/status',
        contentType: 'application/merge-patch+json',
        body: { status: { promoteFull: true } },
      },
    ]);
  });

  test('abort, then retry: status.abort true then false; abort twice stays aborted', async () => {
    const a = await previewThenRun(abortRollout, { namespace: 'staging', name: 'checkout' });
    expect(a.writes.map(wire)).toEqual([
      {
        method: 'PATCH',
        path: '/apis/argoproj.io/v1alpha1/namespaces/staging/rollouts/checkout/status',
        contentType: 'application/merge-patch+json',
        body: { status: { abort: true } },
      },
    ]);
    expect(rollout('staging', 'checkout')?.status.abort).toBe(true);
    await abortRollout.execute({ namespace: 'staging', name: 'checkout' }, c.ctx);
    expect(rollout('staging', 'checkout')?.status.abort).toBe(true);
    c.sandbox.clearRequests();
    const r = await previewThenRun(retryRollout, { namespace: 'staging', name: 'checkout' });
    expect(r.writes.map(wire)).toEqual([
      {
        method: 'PATCH',
        path: '/apis/argoproj.io/v1alpha1/namespaces/staging/rollouts/checkout/status',
        contentType: 'application/merge-patch+json',
        body: { status: { abort: false } },
      },
    ]);
    expect(rollout('staging', 'checkout')?.status.abort ?? false).toBe(false);
  });

  test('pause: merge patch spec.paused true', async () => {
    const { writes, preview } = await previewThenRun(pauseRollout, { namespace: 'production', name: 'checkout' });
    expect(preview.changes).toContainEqual({ path: 'spec.paused', before: false, after: true });
    expect(writes.map(wire)).toEqual([
      {
        method: 'PATCH',
        path: '/apis/argoproj.io/v1alpha1/namespaces/production/rollouts/checkout',
        contentType: 'application/merge-patch+json',
        body: { spec: { paused: true } },
      },
    ]);
    expect(rollout('production', 'checkout')?.spec.paused).toBe(true);
  });
});

describe('create_deployment and delete_pod', () => {
  test('create: apps/v1 Deployment with app label, selector, requests and port; a re-run succeeds without a second create', async () => {
    const args = { namespace: 'staging', name: 'search', image: 'ghcr.io/acme/search:1.0.0', replicas: 2, port: 8080 };
    const { preview, writes } = await previewThenRun(createDeployment, args);
    expect(preview.changes).toContainEqual({ path: 'image', before: null, after: 'ghcr.io/acme/search:1.0.0' });
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ method: 'POST', path: '/apis/apps/v1/namespaces/staging/deployments' });
    const d = deployment('staging', 'search');
    expect(d?.metadata.labels).toEqual({ app: 'search' });
    expect(d?.spec.selector.matchLabels).toEqual({ app: 'search' });
    expect(d?.spec.replicas).toBe(2);
    expect(d?.spec.template.spec.containers[0]).toMatchObject({
      name: 'search',
      image: 'ghcr.io/acme/search:1.0.0',
      ports: [{ containerPort: 8080 }],
      resources: { requests: { cpu: '100m', memory: '128Mi' } },
    });
    c.sandbox.clearRequests();
    const again = await createDeployment.execute(createDeployment.schema.parse(args), c.ctx);
    expect(again.summary).toMatch(/already exists/);
    expect(c.writes()).toEqual([]);
  });

  test('delete_pod deletes exactly that pod', async () => {
    const pod = c.sandbox.list('v1', 'pods', 'staging').find((p) => p.metadata.labels?.app === 'web');
    const name = pod?.metadata.name as string;
    const { writes } = await previewThenRun(deletePod, { namespace: 'staging', name });
    expect(writes.map((w) => [w.method, w.path])).toEqual([['DELETE', `/api/v1/namespaces/staging/pods/${name}`]]);
    expect(c.sandbox.list('v1', 'pods', 'staging').some((p) => p.metadata.name === name)).toBe(false);
  });
});
