import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/catalog/registry.ts';
import type { ToolDefinition } from '../../src/catalog/tool.ts';
import { CoxswainError } from '../../src/core/errors.ts';
import abortRollout from '../../tools/abort-rollout.ts';
import createDeployment from '../../tools/create-deployment.ts';
import deletePod from '../../tools/delete-pod.ts';
import describeWorkload from '../../tools/describe-workload.ts';
import getLogs from '../../tools/get-logs.ts';
import listPods from '../../tools/list-pods.ts';
import pauseRollout from '../../tools/pause-rollout.ts';
import promoteRollout from '../../tools/promote-rollout.ts';
import queryCosts from '../../tools/query-costs.ts';
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

/** Runs preview, then execute; both must fail with `code`, and nothing may have been written. */
async function refused(tool: ToolDefinition, args: Record<string, unknown>, code: string, message: RegExp): Promise<void> {
  const parsed = parseArgs(tool, args);
  for (const step of [tool.preview, tool.execute]) {
    const err = await step(parsed, c.ctx).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CoxswainError);
    expect((err as CoxswainError).code).toBe(code);
    expect((err as CoxswainError).message).toMatch(message);
  }
  expect(c.writes()).toEqual([]);
}

describe('invalid arguments are refused before any call', () => {
  const cases: [ToolDefinition, Record<string, unknown>, RegExp][] = [
    [scale, { namespace: 'staging', name: 'web', replicas: -1 }, /replicas/],
    [scale, { namespace: 'staging', name: 'web' }, /replicas/],
    [restart, { namespace: 'Staging!', name: 'web' }, /namespace/],
    [rollback, { namespace: 'staging', name: 'web', toRevision: 0 }, /toRevision/],
    [setImage, { namespace: 'staging', name: 'web', image: 'not an image' }, /image/],
    [promoteRollout, { namespace: 'staging', name: 'checkout', full: 'yes' }, /full/],
    [abortRollout, { namespace: 'staging' }, /name/],
    [retryRollout, { namespace: 'staging', name: 'checkout', extra: 1 }, /extra|arguments/],
    [pauseRollout, { name: 'checkout' }, /namespace/],
    [createDeployment, { namespace: 'staging', name: 'x', image: 'a:b', replicas: 1.5 }, /replicas/],
    [deletePod, { namespace: 'staging', name: 'Web_1' }, /name/],
    [getLogs, { namespace: 'staging', name: 'web', tailLines: 501 }, /tailLines/],
    [listPods, { namespace: '' }, /namespace/],
    [describeWorkload, { namespace: 'staging' }, /name/],
    [queryCosts, { window: 'forever' }, /window/],
  ];
  test.each(cases)('%#: %s', (tool, args, field) => {
    const err = (() => {
      try {
        parseArgs(tool, args);
      } catch (e) {
        return e as CoxswainError;
      }
    })();
    expect(err?.code).toBe('invalid_arguments');
    expect(err?.message).toMatch(field);
  });
});

describe('a missing object: not_found with the closest names', () => {
  test.each([
    [scale, { namespace: 'staging', name: 'web-api', replicas: 3 }],
    [restart, { namespace: 'staging', name: 'web-api' }],
    [rollback, { namespace: 'staging', name: 'web-api' }],
    [setImage, { namespace: 'staging', name: 'web-api', image: 'ghcr.io/acme/web:2.0.0' }],
    [promoteRollout, { namespace: 'staging', name: 'web-api' }],
    [abortRollout, { namespace: 'staging', name: 'web-api' }],
    [retryRollout, { namespace: 'staging', name: 'web-api' }],
    [pauseRollout, { namespace: 'staging', name: 'web-api' }],
  ] as [ToolDefinition, Record<string, unknown>][])('%#', async (tool, args) => {
    await refused(tool, args, 'not_found', /staging\/web-api.*did you mean staging\/web or staging\/api\?/);
  });

  test('reads and pods too', async () => {
    await expect(describeWorkload.execute({ namespace: 'staging', name: 'chekout' }, c.ctx)).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringMatching(/did you mean staging\/checkout/),
    });
    await expect(
      getLogs.execute(parseArgs(getLogs, { namespace: 'staging', name: 'wrker' }) as never, c.ctx),
    ).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringMatching(/staging\/worker/),
    });
    await refused(deletePod, { namespace: 'staging', name: 'web-0000' }, 'not_found', /No pod staging\/web-0000/);
  });
});

describe('the wrong kind', () => {
  test.each([
    [promoteRollout, 'promote'],
    [abortRollout, 'abort'],
    [retryRollout, 'retry'],
    [pauseRollout, 'pause'],
  ] as [ToolDefinition, string][])('%s on a Deployment', async (tool, verb) => {
    await refused(
      tool,
      { namespace: 'staging', name: 'web' },
      'wrong_kind',
      new RegExp(`staging/web is a Deployment; ${verb} works on Argo Rollouts`),
    );
  });

  test('delete_pod with a workload name', async () => {
    await refused(deletePod, { namespace: 'staging', name: 'web' }, 'wrong_kind', /staging\/web is a Deployment, not a pod/);
  });

  test('set_image with an unknown container lists the containers', async () => {
    await refused(
      setImage,
      { namespace: 'staging', name: 'web', image: 'ghcr.io/acme/web:2.0.0', container: 'sidecar' },
      'invalid_arguments',
      /no container "sidecar"; its containers are web/,
    );
  });

  test('create_deployment over an existing name suggests set_image', async () => {
    await refused(
      createDeployment,
      { namespace: 'staging', name: 'web', image: 'ghcr.io/acme/web:2.0.0' },
      'conflict',
      /already exists.*set_image/,
    );
  });
});

describe('the wrong state', () => {
  test('restart of a paused Deployment', async () => {
    await c.kube.patchWorkload(
      { kind: 'Deployment', namespace: 'staging', name: 'web' },
      { type: 'merge', body: { spec: { paused: true } } },
      false,
    );
    c.sandbox.clearRequests();
    await refused(restart, { namespace: 'staging', name: 'web' }, 'invalid_state', /paused.*Resume it first/);
  });

  test('rollback with no earlier revision (production/api has one revision)', async () => {
    await refused(rollback, { namespace: 'production', name: 'api' }, 'nothing_to_do', /production\/api has no earlier revision/);
  });

  test('rollback to a revision that does not exist', async () => {
    await refused(
      rollback,
      { namespace: 'staging', name: 'web', toRevision: 9 },
      'not_found',
      /no revision 9 \(revisions in history: 1, 2\)/,
    );
  });
});
