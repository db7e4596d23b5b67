// The one place that keeps secrets out of logs. Every log line and logged object goes through
// `redact` (main installs it as an electron-log hook), so a token can only leak if it matches
// none of these shapes.

export const REDACTED = '[REDACTED]';
const MAX_DEPTH = 12;

/**
 * Field and parameter names whose values are secret (`code` only when it is not a number), in
 * snake_case, camelCase and kebab-case alike: access_token, accessToken, appSecret, x-api-token.
 */
const SECRET_NAMES = '(?:[a-z0-9_-]*(?:token|secret)|code_?verifier|code|password|(?:set-)?cookie)';

const TEXT_RULES: readonly (readonly [RegExp, string])[] = [
  // Authorization headers in any dump: "Authorization: Bearer x", "authorization=Basic x".
  [/(\bauthorization\b["']?\s*[:=]\s*["']?)(?:bearer\s+|basic\s+)?[^\s"',;}&]+/gi, `$1${REDACTED}`],
  [/(\bbearer\s+)[A-Za-z0-9._~+/=-]+/gi, `$1${REDACTED}`],
  // Cookie and Set-Cookie header lines: the whole value (several name=value pairs) is secret.
  [/(\b(?:set-)?cookie\s*:\s*)(?!["'\s])[^\r\n]+/gi, `$1${REDACTED}`],
  // Quoted values of secret fields: JSON ("code":"…") and util.inspect ({ code: '…' }).
  [new RegExp(`(\\b${SECRET_NAMES}["']?\\s*[:=]\\s*)(["'])(?:(?!\\2)[^\\\\]|\\\\.)*\\2`, 'gi'), `$1$2${REDACTED}$2`],
  // Unquoted "refresh_token: abc"; a numeric code (Feishu's error code) stays readable, and a
  // value masked by an earlier rule is not masked twice.
  [new RegExp(`(\\b${SECRET_NAMES}\\s*:\\s*)(?!["'\\s]|\\d+\\b|\\[REDACTED\\])[^\\s,;}\\]]+`, 'gi'), `$1${REDACTED}`],
  // Query strings and form bodies: ?code=…&refresh_token=…
  [new RegExp(`((?:^|[?&#\\s])${SECRET_NAMES}=)[^&#\\s"']*`, 'gi'), `$1${REDACTED}`],
  // Bare Feishu tokens: u- (user), t- (tenant), a- (app), ur- (refresh).
  [/(?<![A-Za-z0-9_-])(?:ur|u|t|a)-[A-Za-z0-9_-]{16,}/g, REDACTED],
  // JWTs (id tokens and friends).
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, REDACTED],
];

export function redactText(text: string): string {
  return TEXT_RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** Whether a field of this name holds a secret (camelCase, snake_case and kebab-case alike). */
export function isSecretKey(key: string, value: unknown): boolean {
  const name = key.toLowerCase().replace(/[_-]/g, '');
  if (name === 'code') return typeof value === 'string';
  return (
    name.endsWith('token') ||
    name.endsWith('secret') ||
    ['authorization', 'password', 'codeverifier', 'cookie', 'setcookie'].includes(name)
  );
}

/** A copy of `value` safe to log: secret fields masked, every string scrubbed. Never mutates. */
export function redact<T>(value: T): T {
  return redactValue(value, new WeakSet(), 0) as T;
}

function redactValue(value: unknown, seen: WeakSet<object>, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Too deep]';
  seen.add(value);
  if (value instanceof URL) return redactText(value.href);
  if (value instanceof Error) {
    const copy = new Error(redactText(value.message));
    copy.name = value.name;
    copy.stack = value.stack === undefined ? undefined : redactText(value.stack);
    return copy;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => redactValue(item, seen, depth + 1));
    seen.delete(value);
    return items;
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] = isSecretKey(key, field) && field !== null && field !== undefined ? REDACTED : redactValue(field, seen, depth + 1);
  }
  seen.delete(value); // only ancestors count as cycles; a shared child may appear twice
  return out;
}
