import { z } from 'zod';
import {
  clusterArg,
  defineTool,
  EFFECT_KEY_ANNOTATION,
  imageArg,
  nameArg,
  namespaceArg,
  type ToolContext,
} from '../src/catalog/tool.ts';
import { CoxswainError } from '../src/core/errors.ts';
import type { KubeCluster } from '../src/kube/cluster.ts';
import { imagesOf, type WorkloadObject } from '../src/kube/objects.ts';
import { fingerprint } from '../src/kube/write.ts';

const schema = z
  .object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg.max(63),
    image: imageArg,
    replicas: z.number().int().min(0).max(1000).default(1),
    port: z.number().int().min(1).max(65535).optional(),
  })
  .strict();
type Args = z.infer<typeof schema>;

function manifest(args: Args, requests: Record<string, string>, effectKey?: string): WorkloadObject {
  const labels = { app: args.name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: args.name,
      namespace: args.namespace,
      labels,
      ...(effectKey ? { annotations: { [EFFECT_KEY_ANNOTATION]: effectKey } } : {}),
    },
    spec: {
      replicas: args.replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name: args.name,
              image: args.image,
              resources: { requests },
              ...(args.port ? { ports: [{ containerPort: args.port }] } : {}),
            },
          ],
        },
      },
    },
  };
}

/**
 * The Deployment this action created: it carries the action's effect key (an earlier attempt whose answer was lost
 * to a timeout), or, for a call without one, it is the same Deployment coxswain would create. A re-run that finds
 * it succeeds without a second create.
 */
function isOurs(existing: WorkloadObject, args: Args, effectKey: string | undefined): boolean {
  const key = existing.metadata.annotations?.[EFFECT_KEY_ANNOTATION];
  if (effectKey && key) return key === effectKey;
  return existing.metadata.labels?.app === args.name && imagesOf(existing).join() === args.image;
}

async function existing(args: Args, kube: KubeCluster): Promise<{ kind: string; obj: WorkloadObject } | undefined> {
  const w = await kube.findWorkload(args.namespace, args.name);
  return w && { kind: w.kind, obj: w.obj };
}

function conflict(args: Args, kind: string): CoxswainError {
  return new CoxswainError(
    'conflict',
    'request',
    `A ${kind} ${args.namespace}/${args.name} already exists. To run ${args.image} on it, use set_image; to create a new one, pick another name.`,
  );
}

function words(args: Args): string {
  return `Deployment ${args.namespace}/${args.name} running ${args.image} with ${args.replicas} replica${args.replicas === 1 ? '' : 's'}${args.port ? ` on port ${args.port}` : ''}`;
}

export default defineTool({
  name: 'create_deployment',
  description: 'Create a new apps/v1 Deployment (labels app=<name>, resource requests from configuration).',
  risk: 'write',
  idempotent: false,
  schema,
  async preview(args: Args, ctx: ToolContext) {
    const found = await existing(args, ctx.kube);
    if (found) throw conflict(args, found.kind);
    const created = await ctx.kube.createDeployment(args.namespace, manifest(args, ctx.kube.defaultRequests), true);
    return {
      summary: `Would create ${words(args)}`,
      target: { kind: 'Deployment', namespace: args.namespace, name: args.name },
      changes: [
        { path: 'deployment', before: null, after: `${args.namespace}/${args.name}` },
        { path: 'spec.replicas', before: null, after: created.spec.replicas ?? args.replicas },
        { path: 'image', before: null, after: imagesOf(created)[0] ?? args.image },
      ],
      fingerprint: fingerprint({ tool: 'create_deployment', namespace: args.namespace, name: args.name, exists: false }),
      dryRun: true,
    };
  },
  async execute(args: Args, ctx: ToolContext) {
    const key = ctx.effect?.key;
    const mine = (found: { kind: string; obj: WorkloadObject } | undefined) =>
      found?.kind === 'Deployment' && isOurs(found.obj, args, key);
    const found = await existing(args, ctx.kube);
    if (found && mine(found)) {
      const own = key !== undefined && found.obj.metadata.annotations?.[EFFECT_KEY_ANNOTATION] === key;
      return {
        summary: own ? `Created ${words(args)}.` : `${words(args)} already exists; nothing to change.`,
        data: { created: own, uid: found.obj.metadata.uid },
      };
    }
    if (found) throw conflict(args, found.kind);
    const created = await ctx.kube
      .createDeployment(args.namespace, manifest(args, ctx.kube.defaultRequests, key), false)
      .catch(async (err: unknown) => {
        if (!(err instanceof CoxswainError) || err.code !== 'conflict') throw err;
        // A conflict on a create this action already made (the client retried after a lost answer) is that create.
        const now = await existing(args, ctx.kube);
        if (now && mine(now)) return now.obj;
        throw conflict(args, now?.kind ?? 'Deployment');
      });
    return { summary: `Created ${words(args)}.`, data: { created: true, uid: created.metadata.uid } };
  },
});
