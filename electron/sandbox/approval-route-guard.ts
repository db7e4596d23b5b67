import { bearer } from './auth/oauth-reply';
import type { FaultState } from './faults';
import { faultReply } from './faults';
import type { SandboxReply, SandboxRequest } from './sandbox-types';
import type { TokenRegistry } from './token-registry';

// What every user-level approval route checks first, in the gateway's order: a fault the test
// asked for, the bearer token (user tokens only: these APIs refuse tenant tokens), then the
// route's scope (99991672 when the app never applied for it, 99991679 when the user did not
// grant it). Business errors are HTTP 400 with {code,msg,error:{log_id}}.

export interface ApprovalRouteDeps {
  tokens: TokenRegistry;
  faults: FaultState;
  nextLogId: () => string;
}

export type Admitted = { ok: true; userId: string; logId: string } | { ok: false; reply: SandboxReply };

export function businessError(status: number, code: number, msg: string, logId: string, extra: object = {}): SandboxReply {
  return { status, body: { code, msg, error: { log_id: logId, ...extra } } };
}

export async function admit(req: SandboxRequest, deps: ApprovalRouteDeps, scope: string): Promise<Admitted> {
  const logId = deps.nextLogId();
  const fault = deps.faults.take();
  if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 2000));
  const faulted = fault && faultReply(fault, logId);
  if (faulted) return { ok: false, reply: faulted };

  const token = bearer(req.headers);
  if (!token) return { ok: false, reply: businessError(400, 99991661, 'Missing access token for authorization. Please make a request with token attached.', logId) };
  const checked = deps.tokens.check(token);
  if (!checked.ok && checked.reason === 'expired') return { ok: false, reply: businessError(400, 99991677, 'Authentication token expired. Please refresh the token.', logId) };
  if (!checked.ok) return { ok: false, reply: businessError(400, 99991668, 'Invalid access token for authorization. Please make a request with token attached.', logId) };
  if (checked.kind !== 'user') {
    return { ok: false, reply: businessError(400, 99991668, 'This API supports user_access_token only; a tenant_access_token is not accepted.', logId) };
  }
  const gap = deps.tokens.scopeGap(token, scope);
  if (gap) {
    const code = gap === 'not-applied-for' ? 99991672 : 99991679;
    const msg = gap === 'not-applied-for'
      ? `Access denied. One of the following scopes is required: [${scope}]. The app has not applied for it.`
      : `Unauthorized. You do not have permission to perform the requested operation on the resource. Please request user re-authorization and try again. required one of these privileges: [${scope}]`;
    const type = gap === 'not-applied-for' ? 'action_scope_required' : 'action_privilege_required';
    return { ok: false, reply: businessError(400, code, msg, logId, { permission_violations: [{ type, subject: scope, description: scope }] }) };
  }
  return { ok: true, userId: checked.userId, logId };
}
