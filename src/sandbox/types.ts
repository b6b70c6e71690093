/**
 * Shapes shared by the sandbox's parts. Objects are kept unstructured (plain JSON) as a real API server's
 * generic storage keeps them: the emulator serves any kind, including CRDs registered at run time.
 */

// biome-ignore lint/suspicious/noExplicitAny: Kubernetes objects of any kind, read field by field like apiserver's unstructured code
export type Unstructured = Record<string, any>;

export interface PrinterColumn {
  name: string;
  type: string;
  jsonPath: string;
  description?: string;
  priority?: number;
  format?: string;
}

export interface ScaleSpec {
  specReplicasPath: string;
  statusReplicasPath: string;
  labelSelectorPath?: string;
}

/** One served resource (one group/version/plural), as discovery and routing see it. */
export interface ResourceType {
  group: string;
  version: string;
  plural: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  /** Has a `status` subresource: the main endpoint ignores status changes, `/status` only changes status. */
  status: boolean;
  scale?: ScaleSpec;
  /** pods/log */
  log?: boolean;
  /** Built-in kinds accept strategic-merge patches; custom resources do not (415 as on a real server). */
  builtin: boolean;
  printerColumns?: PrinterColumn[];
  /** Verbs served when not all of them (the access reviews are create-only). */
  verbs?: string[];
}

export const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

export function groupVersion(t: Pick<ResourceType, 'group' | 'version'>): string {
  return t.group ? `${t.group}/${t.version}` : t.version;
}

/** `deployments.apps`, or `pods` for the core group: how the API server names a resource in messages. */
export function qualifiedResource(t: Pick<ResourceType, 'group' | 'plural'>): string {
  return t.group ? `${t.plural}.${t.group}` : t.plural;
}

/** Where a request points: the resource, its namespace, name and subresource. */
export interface Target {
  type: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
}
