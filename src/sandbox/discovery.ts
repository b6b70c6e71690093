/** Legacy discovery documents (`/api`, `/api/v1`, `/apis`, `/apis/G/V`) and `/version`, built from the registry. */
import type { ResourceTypes } from './resource-types.ts';
import { ALL_VERBS, type ResourceType, type Unstructured } from './types.ts';

const SERVER_ADDRESS = [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }];

export function version(): Unstructured {
  return {
    major: '1',
    minor: '32',
    gitVersion: 'v1.32.0',
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2024-12-11T00:00:00Z',
    goVersion: 'go1.23.4',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

function resourceList(t: ResourceType): Unstructured[] {
  const main: Unstructured = {
    name: t.plural,
    singularName: t.singular,
    namespaced: t.namespaced,
    kind: t.kind,
    verbs: t.verbs ?? ALL_VERBS,
    ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
    ...(t.categories.length ? { categories: t.categories } : {}),
  };
  const subs: Unstructured[] = [];
  if (t.status)
    subs.push({
      name: `${t.plural}/status`,
      singularName: '',
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: ['get', 'patch', 'update'],
    });
  if (t.scale) {
    subs.push({
      name: `${t.plural}/scale`,
      singularName: '',
      namespaced: t.namespaced,
      group: 'autoscaling',
      version: 'v1',
      kind: 'Scale',
      verbs: ['get', 'patch', 'update'],
    });
  }
  if (t.log) subs.push({ name: `${t.plural}/log`, singularName: '', namespaced: t.namespaced, kind: t.kind, verbs: ['get'] });
  return [main, ...subs];
}

export function coreVersions(): Unstructured {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: SERVER_ADDRESS };
}

export function groupList(types: ResourceTypes): Unstructured {
  const groups = [...types.groups()].map(([name, versions]) => ({
    name,
    versions: versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v })),
    preferredVersion: { groupVersion: `${name}/${versions[0]}`, version: versions[0] },
  }));
  return { kind: 'APIGroupList', apiVersion: 'v1', groups };
}

export function group(types: ResourceTypes, name: string): Unstructured | undefined {
  const versions = types.groups().get(name);
  if (!versions) return undefined;
  return {
    kind: 'APIGroup',
    apiVersion: 'v1',
    name,
    versions: versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v })),
    preferredVersion: { groupVersion: `${name}/${versions[0]}`, version: versions[0] },
  };
}

export function resources(types: ResourceTypes, groupName: string, ver: string): Unstructured | undefined {
  const list = types.inGroupVersion(groupName, ver);
  if (!list.length) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: groupName ? `${groupName}/${ver}` : ver,
    resources: list.flatMap(resourceList),
  };
}
