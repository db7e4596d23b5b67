// What a desktop may ask the broker for: exactly the two user grants, with PKCE mandatory for
// the code grant. Only the named fields go on; a client_id or client_secret in the request is
// ignored (the broker's own are pinned).

export type BrokerGrant =
  | { grant_type: 'authorization_code'; code: string; code_verifier: string; redirect_uri: string }
  | { grant_type: 'refresh_token'; refresh_token: string };

export type ParsedTokenRequest = { ok: true; grant: BrokerGrant } | { ok: false; error: string; description: string };

const MAX_FIELD = 4096;

export function parseTokenRequest(body: unknown): ParsedTokenRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalid('The body must be a JSON object.');
  const fields = body as Record<string, unknown>;
  const grantType = fields.grant_type;
  if (grantType === 'authorization_code') {
    const missing = ['code', 'code_verifier', 'redirect_uri'].find((name) => !isField(fields[name]));
    if (missing === 'code_verifier') return invalid('code_verifier is required: sign-in through the broker must use PKCE.');
    if (missing) return invalid(`${missing} is required.`);
    return {
      ok: true,
      grant: { grant_type: grantType, code: fields.code as string, code_verifier: fields.code_verifier as string, redirect_uri: fields.redirect_uri as string },
    };
  }
  if (grantType === 'refresh_token') {
    if (!isField(fields.refresh_token)) return invalid('refresh_token is required.');
    return { ok: true, grant: { grant_type: grantType, refresh_token: fields.refresh_token as string } };
  }
  return { ok: false, error: 'unsupported_grant_type', description: 'Only authorization_code (with PKCE) and refresh_token are accepted.' };
}

function isField(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_FIELD;
}

function invalid(description: string): ParsedTokenRequest {
  return { ok: false, error: 'invalid_request', description };
}
