import { describe, expect, test } from 'vitest';
import type { ReplicaSetObject, Workload } from '../../src/kube/objects.ts';
import { pickRevision, revisionsOf, rollbackPatch } from '../../src/kube/rollback.ts';

/** Pure revision logic, on objects shaped as the controllers write them (no I/O). */
const template = (image: string, hash?: string) => ({
  metadata: { labels: { app: 'web', ...(hash ? { 'pod-template-hash': hash } : {}) } },
  spec: { containers: [{ name: 'web', image }] },
});
const deployment = (image: string): Workload => ({
  kind: 'Deployment',
  namespace: 'staging',
  name: 'web',
  obj: {
    metadata: { name: 'web', uid: 'd1', annotations: { 'deployment.kubernetes.io/revision': '3', team: 'a' } },
    spec: { template: template(image) },
  },
});
const rs = (revision: number, image: string, extra: Record<string, string> = {}): ReplicaSetObject => ({
  metadata: {
    name: `web-${revision}`,
    ownerReferences: [{ kind: 'Deployment', name: 'web', uid: 'd1', controller: true }],
    annotations: {
      'deployment.kubernetes.io/revision': String(revision),
      'deployment.kubernetes.io/desired-replicas': '2',
      note: `rs${revision}`,
      ...extra,
    },
  },
  spec: { template: template(image, `h${revision}`) },
});

describe('rollback revision choice (kubectl rollout undo)', () => {
  test('the second-highest revision among ReplicaSets the Deployment controls', () => {
    const w = deployment('web:3');
    const foreign = {
      ...rs(9, 'web:9'),
      metadata: {
        ...rs(9, 'web:9').metadata,
        ownerReferences: [{ kind: 'Deployment', name: 'other', uid: 'x', controller: true }],
      },
    };
    const target = pickRevision(w, revisionsOf(w, [rs(1, 'web:1'), rs(3, 'web:3'), rs(2, 'web:2'), foreign]));
    expect(target).toMatchObject({ revision: 2, current: false });
    expect(target.template.metadata?.labels).toEqual({ app: 'web' });
  });

  test('a renumbered ReplicaSet is found by its revision-history; equal templates mean already there', () => {
    const w = deployment('web:1');
    const target = pickRevision(
      w,
      revisionsOf(w, [rs(2, 'web:2'), rs(3, 'web:1', { 'deployment.kubernetes.io/revision-history': '1' })]),
      1,
    );
    expect(target).toMatchObject({ revision: 1, current: true });
  });

  test('annotations: the Deployment keeps its own revision keys, the rest come from the ReplicaSet', () => {
    const w = deployment('web:3');
    const target = pickRevision(w, revisionsOf(w, [rs(2, 'web:2'), rs(3, 'web:3')]));
    const ops = rollbackPatch(w, target) as { path: string; value: Record<string, string> }[];
    expect(ops[1]).toEqual({
      op: 'replace',
      path: '/metadata/annotations',
      value: { 'deployment.kubernetes.io/revision': '3', note: 'rs2' },
    });
  });
});
