/** The kubeconfig the sandbox writes for the bot and for kubectl: cluster, user and context all named `sandbox`. */
import { stringify } from 'yaml';
import { SANDBOX_CLUSTER } from './seed.ts';

export function kubeconfigYaml(opts: { server: string; token: string; user?: string }): string {
  const user = opts.user ?? SANDBOX_CLUSTER;
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    // client-node 2.x refuses plain http unless TLS verification is off; the sandbox serves loopback http.
    clusters: [{ name: SANDBOX_CLUSTER, cluster: { server: opts.server, 'insecure-skip-tls-verify': true } }],
    users: [{ name: user, user: { token: opts.token } }],
    contexts: [{ name: SANDBOX_CLUSTER, context: { cluster: SANDBOX_CLUSTER, user, namespace: 'default' } }],
    'current-context': SANDBOX_CLUSTER,
    preferences: {},
  });
}
