// Which scope a permission error (99991672 app lacks it, 99991679/99991676 user did not grant it)
// names, read from error.permission_violations[].subject or the `[scope]` list in msg, so the
// message can say exactly what to turn on. Only plain scope names are accepted: this text
// reaches terminals and the window, and a server's msg is untrusted.

const SCOPE = /^[a-z][a-z0-9_]*(?::[a-z0-9_.]+){1,4}$/i;
const APP_LACKS = new Set([99991672]);
const USER_LACKS = new Set([99991676, 99991679]);

export function missingScope(envelope: Record<string, unknown> | undefined): string | undefined {
  const error = envelope?.error;
  const violations = error !== null && typeof error === 'object' ? (error as { permission_violations?: unknown }).permission_violations : undefined;
  if (Array.isArray(violations)) {
    for (const violation of violations) {
      const subject = violation !== null && typeof violation === 'object' ? (violation as { subject?: unknown }).subject : undefined;
      if (typeof subject === 'string' && SCOPE.test(subject)) return subject;
    }
  }
  const msg = typeof envelope?.msg === 'string' ? envelope.msg : '';
  const listed = /\[([^\]]{1,200})\]/.exec(msg)?.[1]?.split(',').map((part) => part.trim()).find((part) => SCOPE.test(part));
  return listed;
}

/** The sentence for a permission code that names `scope`, or null for other codes. */
export function missingScopeMessage(code: number | undefined, scope: string): string | null {
  if (code !== undefined && APP_LACKS.has(code)) {
    return `The Feishu app has not been given the scope ${scope}; an admin must add it in the developer console (docs/feishu-app-setup.md).`;
  }
  if (code !== undefined && USER_LACKS.has(code)) {
    return `Your sign-in has not granted the scope ${scope}; sign in again and grant it (docs/feishu-app-setup.md).`;
  }
  return null;
}
