/**
 * What tests read and steer: every request as it reached the API (who, what, which patch, the answer code),
 * injected faults and delays, and users the sandbox refuses as an RBAC denial would.
 */

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType?: string;
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body?: unknown;
  user?: string;
  groups: string[];
  /** The bearer token the client sent; tests assert on it (never log it elsewhere). */
  token?: string;
  dryRun: boolean;
  status: number;
  /** Resolved verb (get, list, watch, create, update, patch, delete, deletecollection) for resource paths. */
  verb?: string;
  resource?: { group: string; plural: string; namespace?: string; name?: string; subresource?: string };
}

/** A long-running `coxswain sandbox` must not grow without bound; tests read far fewer. */
const MAX_ENTRIES = 10_000;

export class RequestLog {
  readonly entries: LoggedRequest[] = [];
  add(e: LoggedRequest): void {
    this.entries.push(e);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }
  clear(): void {
    this.entries.length = 0;
  }
}

export interface FaultRule {
  method?: string;
  pathIncludes?: string;
  /** 429, 500, 503, 504... omitted means only delay. */
  status?: number;
  /** How many matching requests it applies to (default 1). */
  times?: number;
  delayMs?: number;
  message?: string;
}

export class Faults {
  private rules: (FaultRule & { left: number })[] = [];

  /** The next `times` matching requests fail with `status` (after `delayMs`, if given). */
  failNext(rule: FaultRule & { status: number }): void {
    this.rules.push({ ...rule, left: rule.times ?? 1 });
  }

  /** The next `times` matching requests are answered normally, but `ms` later. */
  delayNext(rule: { method?: string; pathIncludes?: string; ms: number; times?: number }): void {
    this.rules.push({ method: rule.method, pathIncludes: rule.pathIncludes, delayMs: rule.ms, left: rule.times ?? 1 });
  }

  clear(): void {
    this.rules = [];
  }

  /** Consumes and returns the first rule matching this request, if any. */
  take(method: string, path: string): FaultRule | undefined {
    const i = this.rules.findIndex(
      (r) => (!r.method || r.method.toUpperCase() === method) && (!r.pathIncludes || path.includes(r.pathIncludes)),
    );
    if (i < 0) return undefined;
    const rule = this.rules[i];
    rule.left -= 1;
    if (rule.left <= 0) this.rules.splice(i, 1);
    return rule;
  }
}

export interface ForbidRule {
  /** Verbs refused (default all): get, list, watch, create, update, patch, delete, deletecollection. */
  verbs?: string[];
  /** Resources refused, as `deployments`, `deployments/scale`, `rollouts/status` (default all). */
  resources?: string[];
  /** Namespaces where refused (default all). */
  namespaces?: string[];
}

export class Authorizer {
  private readonly denied = new Map<string, ForbidRule[]>();

  forbid(user: string, rule: ForbidRule = {}): void {
    this.denied.set(user, [...(this.denied.get(user) ?? []), rule]);
  }

  allow(user: string): void {
    this.denied.delete(user);
  }

  clear(): void {
    this.denied.clear();
  }

  /** The user has forbid rules (some requests are refused). */
  hasRules(user: string | undefined): boolean {
    return user !== undefined && (this.denied.get(user)?.length ?? 0) > 0;
  }

  isForbidden(user: string | undefined, verb: string, resource: string, namespace: string | undefined): boolean {
    if (!user) return false;
    return (this.denied.get(user) ?? []).some(
      (r) =>
        (!r.verbs || r.verbs.includes(verb)) &&
        (!r.resources || r.resources.includes(resource) || r.resources.includes(resource.split('/')[0])) &&
        (!r.namespaces || (namespace !== undefined && r.namespaces.includes(namespace))),
    );
  }
}
