import { SANDBOX_FAULT_KINDS } from './sandbox-types';
import type { SandboxFault, SandboxFaultKind, SandboxReply } from './sandbox-types';

// Failure modes the tasks endpoint can be told to play, for the next N requests or until cleared.
// Set in-process with `setFault` or from another process with POST /__sandbox/fault.

export interface FaultState {
  set(fault: SandboxFault | null): void;
  current(): SandboxFault | null;
  /** The fault this request should suffer (consuming one of its `times`), or null. */
  take(): SandboxFault | null;
}

export function createFaultState(): FaultState {
  let active: { fault: SandboxFault; left: number } | null = null;
  return {
    set(fault) {
      active = fault ? { fault: { ...fault }, left: fault.times ?? Number.POSITIVE_INFINITY } : null;
    },
    current: () => active?.fault ?? null,
    take() {
      if (!active) return null;
      const { fault } = active;
      active.left -= 1;
      if (active.left <= 0) active = null;
      return fault;
    },
  };
}

/** Reads a fault from an HTTP body; null (or `{}` / `{kind: null}`) clears. Throws a readable Error. */
export function parseFault(input: unknown): SandboxFault | null {
  if (input === null || input === undefined) return null;
  if (typeof input !== 'object' || Array.isArray(input)) throw new Error('The body must be a JSON object like {"kind":"rate-limited","times":1}.');
  const body = input as Record<string, unknown>;
  if (body.kind === null || body.kind === undefined) return null;
  if (!(SANDBOX_FAULT_KINDS as readonly unknown[]).includes(body.kind)) throw new Error(`kind must be one of: ${SANDBOX_FAULT_KINDS.join(', ')}.`);
  const fault: SandboxFault = { kind: body.kind as SandboxFaultKind };
  for (const key of ['times', 'resetSeconds', 'delayMs', 'status'] as const) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`${key} must be a number >= 0.`);
    fault[key] = value;
  }
  if (fault.status !== undefined && (fault.status < 500 || fault.status > 599)) throw new Error('status must be a 5xx code.');
  return fault;
}

const error = (status: number, code: number, msg: string, logId: string, extra: object = {}): SandboxReply => ({
  status,
  body: { code, msg, error: { log_id: logId, ...extra } },
});

/** The answer for a fault that replaces the whole response ('slow' and 'repeat-page-token' do not). */
export function faultReply(fault: SandboxFault, logId: string): SandboxReply | null {
  switch (fault.kind) {
    case 'token-expired':
      return error(400, 99991677, 'Authentication token expired. Please refresh the token.', logId);
    case 'token-invalid':
      return error(400, 99991668, 'Invalid access token for authorization. Please make a request with token attached.', logId);
    case 'rate-limited': {
      const reply = error(429, 99991400, 'request trigger frequency limit', logId);
      reply.headers = { 'x-ogw-ratelimit-limit': '50', 'x-ogw-ratelimit-reset': String(fault.resetSeconds ?? 2) };
      return reply;
    }
    case 'server-error':
      return error(fault.status ?? 500, 1395001, 'internal error, please try again later', logId);
    case 'malformed-json':
      return { status: 200, body: '{"code":0,"msg":"success","data":{"tasks":[{"task_id":"73' };
    case 'quota-exhausted':
      return error(400, 99991403, 'The monthly API call quota of this tenant has been used up.', logId);
    case 'permission':
      return error(400, 99991672, 'Access denied. One of the following scopes is required: [approval:approval:readonly].', logId, {
        permission_violations: [{ type: 'action_scope_required', subject: 'approval:approval:readonly', description: 'approval:approval:readonly' }],
      });
    case 'bad-request':
      return error(400, 1390001, 'param is invalid', logId);
    case 'slow':
    case 'repeat-page-token':
      return null;
  }
}
