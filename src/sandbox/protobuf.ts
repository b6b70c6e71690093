/**
 * Request bodies in Kubernetes protobuf (`application/vnd.kubernetes.protobuf`), which kubectl 1.32+ sends for
 * the built-in kinds of `kubectl create deployment|namespace|configmap|service` and does not resend as JSON after
 * a 415. The sandbox decodes the envelope (`k8s\0` + runtime.Unknown) and the messages of those kinds into the
 * JSON object the API server would have decoded. A field it does not know, set to a non-zero value, is refused
 * (415, naming the field) rather than silently dropped.
 */
import { unsupportedMediaType } from './status.ts';
import type { Unstructured } from './types.ts';

/**
 * Field number → [json name, type] per message, from the wire format of k8s.io/api and apimachinery. A type is
 * a scalar (`string`, `int`, `bool`, `bytes`), `time`, `intstr`, `quantity`, a message name, or `map:<value>`;
 * `[]` before it means repeated, `*` after it a pointer field whose zero value is kept (Go omits only nil).
 */
const MESSAGES: Record<string, Record<number, [string, string]>> = {
  ObjectMeta: {
    1: ['name', 'string'],
    2: ['generateName', 'string'],
    3: ['namespace', 'string'],
    5: ['uid', 'string'],
    6: ['resourceVersion', 'string'],
    7: ['generation', 'int'],
    8: ['creationTimestamp', 'time'],
    11: ['labels', 'map:string'],
    12: ['annotations', 'map:string'],
    14: ['finalizers', '[]string'],
  },
  LabelSelector: { 1: ['matchLabels', 'map:string'], 2: ['matchExpressions', '[]LabelSelectorRequirement'] },
  LabelSelectorRequirement: { 1: ['key', 'string'], 2: ['operator', 'string'], 3: ['values', '[]string'] },
  Namespace: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'NamespaceSpec'], 3: ['status', 'NamespaceStatus'] },
  NamespaceSpec: { 1: ['finalizers', '[]string'] },
  NamespaceStatus: { 1: ['phase', 'string'] },
  ConfigMap: {
    1: ['metadata', 'ObjectMeta'],
    2: ['data', 'map:string'],
    3: ['binaryData', 'map:bytes'],
    4: ['immutable', 'bool*'],
  },
  Deployment: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'DeploymentSpec'], 3: ['status', 'Empty'] },
  DeploymentSpec: {
    1: ['replicas', 'int*'],
    2: ['selector', 'LabelSelector'],
    3: ['template', 'PodTemplateSpec'],
    4: ['strategy', 'DeploymentStrategy'],
    5: ['minReadySeconds', 'int'],
    6: ['revisionHistoryLimit', 'int*'],
    7: ['paused', 'bool'],
    9: ['progressDeadlineSeconds', 'int*'],
  },
  DeploymentStrategy: { 1: ['type', 'string'], 2: ['rollingUpdate', 'RollingUpdateDeployment'] },
  RollingUpdateDeployment: { 1: ['maxUnavailable', 'intstr'], 2: ['maxSurge', 'intstr'] },

  PodTemplateSpec: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'PodSpec'] },
  PodSpec: {
    2: ['containers', '[]Container'],
    3: ['restartPolicy', 'string'],
    4: ['terminationGracePeriodSeconds', 'int*'],
    5: ['activeDeadlineSeconds', 'int*'],
    6: ['dnsPolicy', 'string'],
    7: ['nodeSelector', 'map:string'],
    8: ['serviceAccountName', 'string'],
    9: ['serviceAccount', 'string'],
    10: ['nodeName', 'string'],
    11: ['hostNetwork', 'bool'],
    12: ['hostPID', 'bool'],
    13: ['hostIPC', 'bool'],
    14: ['securityContext', 'Empty'],
    16: ['hostname', 'string'],
    17: ['subdomain', 'string'],
    19: ['schedulerName', 'string'],
    21: ['automountServiceAccountToken', 'bool*'],
    24: ['priorityClassName', 'string'],
    25: ['priority', 'int*'],
    30: ['enableServiceLinks', 'bool*'],
  },

  Container: {
    1: ['name', 'string'],
    2: ['image', 'string'],
    3: ['command', '[]string'],
    4: ['args', '[]string'],
    5: ['workingDir', 'string'],
    6: ['ports', '[]ContainerPort'],
    7: ['env', '[]EnvVar'],
    8: ['resources', 'ResourceRequirements'],
    13: ['terminationMessagePath', 'string'],
    14: ['imagePullPolicy', 'string'],
    16: ['stdin', 'bool'],
    17: ['stdinOnce', 'bool'],
    18: ['tty', 'bool'],
    20: ['terminationMessagePolicy', 'string'],
  },
  ContainerPort: {
    1: ['name', 'string'],
    2: ['hostPort', 'int'],
    3: ['containerPort', 'int'],
    4: ['protocol', 'string'],
    5: ['hostIP', 'string'],
  },
  EnvVar: { 1: ['name', 'string'], 2: ['value', 'string'] },
  ResourceRequirements: { 1: ['limits', 'map:quantity'], 2: ['requests', 'map:quantity'] },
  Service: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'ServiceSpec'], 3: ['status', 'Empty'] },
  ServiceSpec: {
    1: ['ports', '[]ServicePort'],
    2: ['selector', 'map:string'],
    3: ['clusterIP', 'string'],
    4: ['type', 'string'],
    5: ['externalIPs', '[]string'],
    7: ['sessionAffinity', 'string'],
    8: ['loadBalancerIP', 'string'],
    10: ['externalName', 'string'],
    11: ['externalTrafficPolicy', 'string'],
    12: ['healthCheckNodePort', 'int'],
    13: ['publishNotReadyAddresses', 'bool'],
    17: ['ipFamilyPolicy', 'string*'],
    18: ['clusterIPs', '[]string'],
    19: ['ipFamilies', '[]string'],
    22: ['internalTrafficPolicy', 'string*'],
  },
  ServicePort: {
    1: ['name', 'string'],
    2: ['protocol', 'string'],
    3: ['port', 'int'],
    4: ['targetPort', 'intstr'],
    5: ['nodePort', 'int'],
    6: ['appProtocol', 'string*'],
  },

  HorizontalPodAutoscaler: {
    1: ['metadata', 'ObjectMeta'],
    2: ['spec', 'HorizontalPodAutoscalerSpec'],
    3: ['status', 'Empty'],
  },
  HorizontalPodAutoscalerSpec: {
    1: ['scaleTargetRef', 'CrossVersionObjectReference'],
    2: ['minReplicas', 'int*'],
    3: ['maxReplicas', 'int'],
    4: ['targetCPUUtilizationPercentage', 'int*'],
  },
  CrossVersionObjectReference: { 1: ['kind', 'string'], 2: ['name', 'string'], 3: ['apiVersion', 'string'] },
  SelfSubjectAccessReview: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'SelfSubjectAccessReviewSpec'], 3: ['status', 'Empty'] },
  SelfSubjectAccessReviewSpec: {
    1: ['resourceAttributes', 'ResourceAttributes'],
    2: ['nonResourceAttributes', 'NonResourceAttributes'],
  },
  ResourceAttributes: {
    1: ['namespace', 'string'],
    2: ['verb', 'string'],
    3: ['group', 'string'],
    4: ['version', 'string'],
    5: ['resource', 'string'],
    6: ['subresource', 'string'],
    7: ['name', 'string'],
  },
  NonResourceAttributes: { 1: ['path', 'string'], 2: ['verb', 'string'] },
  SelfSubjectRulesReview: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'SelfSubjectRulesReviewSpec'], 3: ['status', 'Empty'] },
  SelfSubjectRulesReviewSpec: { 1: ['namespace', 'string'] },
  Empty: {},
  Quantity: { 1: ['string', 'string'] },
  IntOrString: { 1: ['type', 'int'], 2: ['intVal', 'int'], 3: ['strVal', 'string'] },
  TypeMeta: { 1: ['apiVersion', 'string'], 2: ['kind', 'string'] },
};

/** The kinds whose protobuf bodies the sandbox decodes (by `kind` in the envelope). */
const TOP_LEVEL = new Set([
  'Namespace',
  'ConfigMap',
  'Deployment',
  'Service',
  'HorizontalPodAutoscaler',
  'SelfSubjectAccessReview',
  'SelfSubjectRulesReview',
]);

class Reader {
  pos = 0;
  readonly buf: Uint8Array;
  constructor(buf: Uint8Array) {
    this.buf = buf;
  }
  get done(): boolean {
    return this.pos >= this.buf.length;
  }
  varint(): bigint {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (this.pos >= this.buf.length) throw new Error('truncated varint');
      const b = this.buf[this.pos++];
      result |= BigInt(b & 0x7f) << shift;
      if (!(b & 0x80)) return result;
      shift += 7n;
    }
  }
  bytes(): Uint8Array {
    const n = Number(this.varint());
    if (this.pos + n > this.buf.length) throw new Error('truncated bytes');
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  /** Skips a field of the given wire type; true when it carried a non-zero value. */
  skip(wire: number): boolean {
    if (wire === 0) return this.varint() !== 0n;
    if (wire === 2) return this.bytes().length > 0;
    if (wire === 1 || wire === 5) {
      const n = wire === 1 ? 8 : 4;
      const nonZero = this.buf.subarray(this.pos, this.pos + n).some((b) => b !== 0);
      this.pos += n;
      return nonZero;
    }
    throw new Error(`wire type ${wire} is not supported`);
  }
}

const text = new TextDecoder();

/** Go's int64 as a JS number (kubectl's values fit), two's complement when negative. */
function int(v: bigint): number {
  return Number(BigInt.asIntN(64, v));
}

function isZero(v: unknown): boolean {
  return v === '' || v === 0 || v === false;
}

function decodeMessage(buf: Uint8Array, name: string, path: string): Unstructured {
  const fields = MESSAGES[name];
  const out: Unstructured = {};
  const r = new Reader(buf);
  while (!r.done) {
    const key = int(r.varint());
    const no = key >>> 3;
    const wire = key & 7;
    const field = fields[no];
    if (!field) {
      if (r.skip(wire)) refuse(`${path}${name} field ${no}`);
      continue;
    }
    const [json, spec] = field;
    const repeated = spec.startsWith('[]');
    const pointer = spec.endsWith('*');
    const type = spec.replace(/^\[\]/, '').replace(/\*$/, '');
    if (type.startsWith('map:')) {
      const [k, v] = mapEntry(r.bytes(), type.slice(4), `${path}${json}.`);
      out[json] = { ...(out[json] ?? {}), [k]: v };
      continue;
    }
    const value = scalarOrMessage(r, wire, type, `${path}${json}.`);
    if (repeated) out[json] = [...(out[json] ?? []), value];
    else if (pointer || !isZero(value)) out[json] = value;
  }
  return out;
}

function scalarOrMessage(r: Reader, wire: number, type: string, path: string): unknown {
  switch (type) {
    case 'string':
      return text.decode(r.bytes());
    case 'bytes':
      return Buffer.from(r.bytes()).toString('base64');
    case 'int':
      return int(r.varint());
    case 'bool':
      return r.varint() !== 0n;
    case 'quantity':
      return decodeMessage(r.bytes(), 'Quantity', path).string ?? '0';
    case 'time': {
      const t = new Reader(r.bytes());
      let seconds = 0;
      while (!t.done) {
        const key = int(t.varint());
        if (key >>> 3 === 1) seconds = int(t.varint());
        else t.skip(key & 7);
      }
      return seconds ? new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
    }
    case 'intstr': {
      const v = decodeMessage(r.bytes(), 'IntOrString', path);
      return v.type === 1 ? (v.strVal ?? '') : (v.intVal ?? 0);
    }
    default:
      if (wire !== 2) throw new Error(`${path}: expected a message`);
      return decodeMessage(r.bytes(), type, path);
  }
}

function mapEntry(buf: Uint8Array, valueType: string, path: string): [string, unknown] {
  const r = new Reader(buf);
  let k = '';
  let v: unknown = valueType === 'string' || valueType === 'bytes' ? '' : undefined;
  while (!r.done) {
    const key = int(r.varint());
    if (key >>> 3 === 1) k = text.decode(r.bytes());
    else if (key >>> 3 === 2) v = scalarOrMessage(r, key & 7, valueType, path);
    else r.skip(key & 7);
  }
  return [k, v];
}

function refuse(what: string): never {
  throw unsupportedMediaType(
    ['application/json'],
    `the coxswain sandbox decodes protobuf only for ${[...TOP_LEVEL].join(', ')} with common fields, and not ${what}; send JSON (kubectl create -f FILE, or -o json | kubectl create -f -)`,
  );
}

/** The JSON object a protobuf request body stands for. */
export function decodeProtobuf(body: Buffer): Unstructured {
  const magic = body.subarray(0, 4);
  if (magic.toString('latin1') !== 'k8s\0') refuse('a body without the k8s protobuf envelope');
  const envelope = new Reader(body.subarray(4));
  let typeMeta: Unstructured = {};
  let raw: Uint8Array = new Uint8Array();
  while (!envelope.done) {
    const key = int(envelope.varint());
    if (key >>> 3 === 1) typeMeta = decodeMessage(envelope.bytes(), 'TypeMeta', '');
    else if (key >>> 3 === 2) raw = envelope.bytes();
    else envelope.skip(key & 7);
  }
  const kind = String(typeMeta.kind ?? '');
  if (!TOP_LEVEL.has(kind)) refuse(`kind ${kind || '(none)'}`);
  try {
    return { apiVersion: typeMeta.apiVersion, kind, ...decodeMessage(raw, kind, '') };
  } catch (e) {
    if (e instanceof Error && !('body' in e)) refuse(`a malformed body (${e.message})`);
    throw e;
  }
}
