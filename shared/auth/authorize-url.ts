import { BASE_SCOPES } from './granted-scopes';

// The URL the system browser opens to ask the user for consent (authen/v1/authorize).

/** A first sign-in's scope: read approvals, and offline_access for a refresh token (granted-scopes.ts adds the rest). */
export const OAUTH_SCOPE = BASE_SCOPES.join(' ');

export interface AuthorizeUrlInput {
  accountsBase: string;
  appId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  scope?: string;
}

export function buildAuthorizeUrl(input: AuthorizeUrlInput): string {
  const url = new URL(`${input.accountsBase.replace(/\/+$/, '')}/open-apis/authen/v1/authorize`);
  const params: Record<string, string> = {
    client_id: input.appId,
    response_type: 'code',
    redirect_uri: input.redirectUri,
    scope: input.scope ?? OAUTH_SCOPE,
    state: input.state,
    code_challenge: input.codeChallenge,
    code_challenge_method: 'S256',
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

/** The loopback redirect URI registered in the app's security settings. */
export function loopbackRedirectUri(port: number): string {
  return `http://127.0.0.1:${port}/callback`;
}
