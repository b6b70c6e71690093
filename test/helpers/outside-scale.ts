import type { Sandbox } from '../../src/sandbox/index.ts';

/**
 * What `kubectl scale deployment/NAME --replicas=N -n NS` sends, from outside coxswain: a merge PATCH of the scale
 * subresource over HTTP, so the runtime's inventory cache and any stored reading are stale afterwards.
 */
export async function outsideScale(sandbox: Sandbox, namespace: string, name: string, replicas: number): Promise<void> {
  const res = await fetch(`${sandbox.url}/apis/apps/v1/namespaces/${namespace}/deployments/${name}/scale`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/merge-patch+json' },
    body: JSON.stringify({ spec: { replicas } }),
  });
  if (res.status !== 200)
    throw new Error(`the outside scale of ${namespace}/${name} answered HTTP ${res.status}: ${await res.text()}`);
}
