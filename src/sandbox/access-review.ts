/**
 * `SelfSubjectAccessReview` and `SelfSubjectRulesReview` (authorization.k8s.io/v1), so `kubectl auth can-i`
 * answers: the sandbox allows every request except those it was told to forbid for a user (`forbidUser`), and
 * answers for the impersonated user when there is one, as RBAC would for that user.
 */
import type { Authorizer } from './request-log.ts';
import { badRequest } from './status.ts';
import type { Unstructured } from './types.ts';

export function accessReview(kind: string, body: Unstructured, user: string | undefined, authz: Authorizer): Unstructured {
  const spec = body.spec ?? {};
  const base = { apiVersion: 'authorization.k8s.io/v1', kind, metadata: { creationTimestamp: null }, spec };
  if (kind === 'SelfSubjectAccessReview') {
    const a = spec.resourceAttributes;
    if (!a && !spec.nonResourceAttributes) {
      throw badRequest('SelfSubjectAccessReview.authorization.k8s.io "" is invalid: spec.resourceAttributes: Invalid value');
    }
    if (!a) return { ...base, status: { allowed: true, reason: 'the coxswain sandbox serves every non-resource URL' } };
    const resource = a.subresource ? `${a.resource}/${a.subresource}` : String(a.resource ?? '');
    const allowed = !authz.isForbidden(user, String(a.verb ?? ''), resource, a.namespace || undefined);
    return {
      ...base,
      status: allowed
        ? { allowed: true, reason: 'the coxswain sandbox allows what it was not told to forbid' }
        : { allowed: false, reason: `the coxswain sandbox was told to forbid this to ${user}` },
    };
  }
  const limited = authz.hasRules(user);
  return {
    ...base,
    status: {
      resourceRules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }],
      nonResourceRules: [{ verbs: ['*'], nonResourceURLs: ['*'] }],
      incomplete: limited,
      ...(limited
        ? { evaluationError: `some requests are forbidden to ${user}; ask kubectl auth can-i VERB RESOURCE for one` }
        : {}),
    },
  };
}
