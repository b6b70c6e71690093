/**
 * The fields of the built-in kinds the sandbox serves, as a pruning schema (the shape schema.ts walks for CRDs):
 * a field the Go types do not have is dropped on decode, reported as a Warning header, or refused with
 * `fieldValidation=Strict` (kubectl 1.27+ sends Strict, so `replcas: 3` is refused as a real server refuses it).
 * Fields are listed down to the levels people type by hand; deeper structures (probes, affinity, volumes) are
 * kept as given.
 */
import type { Schema } from './schema.ts';

/** A field kept as given, whatever is below it. */
const ANY: Schema = { 'x-kubernetes-preserve-unknown-fields': true };

function fields(names: string[], known: Record<string, Schema> = {}): Schema {
  return { type: 'object', properties: Object.fromEntries(names.map((n) => [n, known[n] ?? ANY])) };
}

const listOf = (items: Schema): Schema => ({ type: 'array', items });

const CONTAINER = fields(
  [
    'name',
    'image',
    'command',
    'args',
    'workingDir',
    'ports',
    'envFrom',
    'env',
    'resources',
    'resizePolicy',
    'restartPolicy',
    'volumeMounts',
    'volumeDevices',
    'livenessProbe',
    'readinessProbe',
    'startupProbe',
    'lifecycle',
    'terminationMessagePath',
    'terminationMessagePolicy',
    'imagePullPolicy',
    'securityContext',
    'stdin',
    'stdinOnce',
    'tty',
  ],
  {
    ports: listOf(fields(['name', 'hostPort', 'containerPort', 'protocol', 'hostIP'])),
    env: listOf(fields(['name', 'value', 'valueFrom'], { valueFrom: ANY })),
    resources: fields(['limits', 'requests', 'claims'], { limits: ANY, requests: ANY }),
  },
);

const POD_SPEC = fields(
  [
    'volumes',
    'initContainers',
    'containers',
    'ephemeralContainers',
    'restartPolicy',
    'terminationGracePeriodSeconds',
    'activeDeadlineSeconds',
    'dnsPolicy',
    'nodeSelector',
    'serviceAccountName',
    'serviceAccount',
    'automountServiceAccountToken',
    'nodeName',
    'hostNetwork',
    'hostPID',
    'hostIPC',
    'shareProcessNamespace',
    'securityContext',
    'imagePullSecrets',
    'hostname',
    'subdomain',
    'affinity',
    'schedulerName',
    'tolerations',
    'hostAliases',
    'priorityClassName',
    'priority',
    'dnsConfig',
    'readinessGates',
    'runtimeClassName',
    'enableServiceLinks',
    'preemptionPolicy',
    'overhead',
    'topologySpreadConstraints',
    'setHostnameAsFQDN',
    'os',
    'hostUsers',
    'schedulingGates',
    'resourceClaims',
    'resources',
  ],
  { containers: listOf(CONTAINER), initContainers: listOf(CONTAINER), nodeSelector: ANY, overhead: ANY },
);

const TEMPLATE = fields(['metadata', 'spec'], { metadata: ANY, spec: POD_SPEC });
const SELECTOR = fields(['matchLabels', 'matchExpressions'], { matchLabels: ANY });

const ROOTS: Record<string, Schema> = {
  Deployment: fields(['spec', 'status'], {
    spec: fields(
      [
        'replicas',
        'selector',
        'template',
        'strategy',
        'minReadySeconds',
        'revisionHistoryLimit',
        'paused',
        'progressDeadlineSeconds',
      ],
      { selector: SELECTOR, template: TEMPLATE, strategy: fields(['type', 'rollingUpdate']) },
    ),
    status: ANY,
  }),
  ReplicaSet: fields(['spec', 'status'], {
    spec: fields(['replicas', 'minReadySeconds', 'selector', 'template'], { selector: SELECTOR, template: TEMPLATE }),
    status: ANY,
  }),
  Pod: fields(['spec', 'status'], { spec: POD_SPEC, status: ANY }),
  ConfigMap: fields(['data', 'binaryData', 'immutable'], { data: ANY, binaryData: ANY }),
  Namespace: fields(['spec', 'status'], { spec: fields(['finalizers']), status: ANY }),
  Service: fields(['spec', 'status'], {
    spec: fields(
      [
        'ports',
        'selector',
        'clusterIP',
        'clusterIPs',
        'type',
        'externalIPs',
        'sessionAffinity',
        'loadBalancerIP',
        'loadBalancerSourceRanges',
        'externalName',
        'externalTrafficPolicy',
        'healthCheckNodePort',
        'publishNotReadyAddresses',
        'sessionAffinityConfig',
        'ipFamilies',
        'ipFamilyPolicy',
        'allocateLoadBalancerNodePorts',
        'loadBalancerClass',
        'internalTrafficPolicy',
        'trafficDistribution',
      ],
      {
        ports: listOf(fields(['name', 'protocol', 'appProtocol', 'port', 'targetPort', 'nodePort'])),
        selector: ANY,
      },
    ),
    status: ANY,
  }),
  Lease: fields(['spec'], {
    spec: fields([
      'holderIdentity',
      'leaseDurationSeconds',
      'acquireTime',
      'renewTime',
      'leaseTransitions',
      'strategy',
      'preferredHolder',
    ]),
  }),
  Event: fields([
    'involvedObject',
    'reason',
    'message',
    'source',
    'firstTimestamp',
    'lastTimestamp',
    'count',
    'type',
    'eventTime',
    'series',
    'action',
    'related',
    'reportingComponent',
    'reportingInstance',
  ]),
  CustomResourceDefinition: fields(['spec', 'status'], {
    spec: fields(['group', 'names', 'scope', 'versions', 'conversion', 'preserveUnknownFields']),
    status: ANY,
  }),
};

/** The pruning schema of a built-in kind, or undefined for kinds served as given. */
export function builtinSchema(kind: string): Schema | undefined {
  return ROOTS[kind];
}
