/**
 * metav1.Status failures worded as kube-apiserver words them, so that clients (and kubectl) that print or
 * match them behave as against a real cluster.
 */
import type { ResourceType } from './types.ts';
import { qualifiedResource } from './types.ts';

export interface StatusCause {
  reason: string;
  message: string;
  field?: string;
}

export interface StatusBody {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: { name?: string; group?: string; kind?: string; uid?: string; causes?: StatusCause[]; retryAfterSeconds?: number };
  code: number;
}

/** An error the router turns into a Status response. */
export class StatusError extends Error {
  readonly body: StatusBody;
  constructor(body: StatusBody) {
    super(body.message);
    this.body = body;
  }
  get code(): number {
    return this.body.code;
  }
}

function failure(code: number, reason: string, message: string, details?: StatusBody['details']): StatusError {
  return new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  });
}

export function fieldRequired(field: string, detail = ''): StatusCause {
  return { reason: 'FieldValueRequired', message: `Required value${detail ? `: ${detail}` : ''}`, field };
}

/** `value` is printed as Go's %#v would for scalars; pass `rendered` for maps. */
export function fieldInvalid(field: string, value: unknown, detail: string, rendered?: string): StatusCause {
  return {
    reason: 'FieldValueInvalid',
    message: `Invalid value: ${rendered ?? JSON.stringify(value) ?? 'null'}: ${detail}`,
    field,
  };
}

type Res = Pick<ResourceType, 'group' | 'plural'>;

export function notFound(t: Res, name: string): StatusError {
  return failure(404, 'NotFound', `${qualifiedResource(t)} "${name}" not found`, {
    name,
    group: t.group || undefined,
    kind: t.plural,
  });
}

export function alreadyExists(t: Res, name: string): StatusError {
  return failure(409, 'AlreadyExists', `${qualifiedResource(t)} "${name}" already exists`, {
    name,
    group: t.group || undefined,
    kind: t.plural,
  });
}

export function conflict(t: Res, name: string): StatusError {
  return failure(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedResource(t)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    { name, group: t.group || undefined, kind: t.plural },
  );
}

/** 422: `Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0` */
export function invalid(t: Pick<ResourceType, 'group' | 'kind'>, name: string, causes: StatusCause[]): StatusError {
  const qualifiedKind = t.group ? `${t.kind}.${t.group}` : t.kind;
  const list = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
  const summary = list.length === 1 ? list[0] : `[${list.join(', ')}]`;
  return failure(422, 'Invalid', `${qualifiedKind} "${name}" is invalid: ${summary}`, {
    name,
    group: t.group || undefined,
    kind: t.kind,
    causes,
  });
}

export function badRequest(message: string): StatusError {
  return failure(400, 'BadRequest', message);
}

/** `fieldValidation=Strict` (kubectl's default) refuses fields the schema would prune, before validating. */
export function strictDecoding(t: Pick<ResourceType, 'kind' | 'version'>, unknownFields: string[]): StatusError {
  const fields = unknownFields.map((f) => `unknown field "${f}"`).join(', ');
  return badRequest(`${t.kind} in version "${t.version}" cannot be handled as a ${t.kind}: strict decoding error: ${fields}`);
}

export function unsupportedMediaType(accepted: string[], message?: string): StatusError {
  return failure(
    415,
    'UnsupportedMediaType',
    message ?? `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`,
  );
}

/** A feature a real cluster has and the sandbox does not (exec, port-forward...): said plainly, never "not found". */
export function notSupported(what: string, message: string): StatusError {
  return failure(400, 'BadRequest', message, { kind: what });
}

export function methodNotAllowed(): StatusError {
  return failure(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
}

export function pathNotFound(): StatusError {
  return failure(404, 'NotFound', 'the server could not find the requested resource');
}

export function unauthorized(): StatusError {
  return failure(401, 'Unauthorized', 'Unauthorized');
}

export interface ForbiddenArgs {
  user: string;
  verb: string;
  type: Res;
  subresource?: string;
  namespace?: string;
  name?: string;
}

/** `deployments.apps "web" is forbidden: User "dave" cannot patch resource "deployments/scale" in API group "apps" in the namespace "staging"` */
export function forbidden(a: ForbiddenArgs): StatusError {
  const what = a.name ? `${qualifiedResource(a.type)} "${a.name}"` : qualifiedResource(a.type);
  const resource = a.subresource ? `${a.type.plural}/${a.subresource}` : a.type.plural;
  const scope = a.namespace ? `in the namespace "${a.namespace}"` : 'at the cluster scope';
  return failure(
    403,
    'Forbidden',
    `${what} is forbidden: User "${a.user}" cannot ${a.verb} resource "${resource}" in API group "${a.type.group}" ${scope}`,
    { name: a.name, group: a.type.group || undefined, kind: a.type.plural },
  );
}

/** Injected faults (429/500/503), with the reasons the API server uses for those codes. */
export function injectedFailure(code: number, message?: string): StatusError {
  if (code === 429)
    return failure(429, 'TooManyRequests', message ?? 'Too many requests, please try again later.', { retryAfterSeconds: 1 });
  if (code === 503) return failure(503, 'ServiceUnavailable', message ?? 'the server is currently unable to handle the request');
  if (code === 504) return failure(504, 'Timeout', message ?? 'the server was unable to return a response in the time allotted');
  return failure(code, 'InternalError', message ?? 'Internal error occurred: injected fault');
}

export function success(t: Res, name: string, uid: string): StatusBody {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    details: { name, group: t.group || undefined, kind: t.plural, uid },
    code: 200,
  };
}
