import type { Account, Region } from '../../shared/settings/settings';
import { authHostsFor } from '../../shared/auth/auth-hosts';
import { buildAuthorizeUrl } from '../../shared/auth/authorize-url';
import { brokerTokenExchange } from '../../shared/auth/broker-token-exchange';
import { createOAuthClient } from '../../shared/auth/oauth-client';
import { parseGrantedScopes, scopeRequest } from '../../shared/auth/granted-scopes';
import { createOAuthState, createPkcePair } from '../../shared/auth/pkce';
import { stateFromTokens } from '../../shared/auth/user-token-state';
import { buildAccount, saveSignedInAccount } from './account-record';
import { startLoopbackListener } from './loopback-listener';
import { nodeRandomBytes, nodeSha256 } from './node-crypto';
import type { SignInDeps } from './sign-in-deps';

// "Sign in with Feishu/Lark": PKCE + state, browser, loopback callback, code exchange,
// user_info, then secrets into the keychain and the account into settings. Throws AuthError.

export const DEFAULT_CALLBACK_PORT = 47321;

export interface OAuthSignInInput {
  region: Region;
  baseUrl?: string;
  appId: string;
  appSecret: string;
  callbackPort?: number;
  /** Scopes to ask for on top of the base ones and those granted before (a feature being turned on). */
  extraScopes?: readonly string[];
}

/** The same sign-in through an organisation's token broker: no App Secret on this machine. */
export interface BrokerSignInInput extends Omit<OAuthSignInInput, 'appSecret'> {
  brokerUrl: string;
}

export async function runOAuthSignIn(input: OAuthSignInInput | BrokerSignInInput, deps: SignInDeps): Promise<Account> {
  const hosts = authHostsFor(input.region, input.baseUrl);
  // Built first so a bad broker URL is refused before the browser opens.
  const broker = 'brokerUrl' in input ? brokerTokenExchange({ brokerUrl: input.brokerUrl, fetch: deps.fetch }) : undefined;
  const appSecret = 'appSecret' in input ? input.appSecret : '';
  const randomBytes = deps.randomBytes ?? nodeRandomBytes;
  const pkce = await createPkcePair({ randomBytes, sha256: deps.sha256 ?? nodeSha256 });
  const state = createOAuthState(randomBytes);
  const callbackPort = input.callbackPort ?? DEFAULT_CALLBACK_PORT;
  const listener = await startLoopbackListener({ port: callbackPort, state, timeoutMs: deps.timeoutMs, signal: deps.signal });
  try {
    const scope = scopeRequest(await scopesGrantedBefore(input, hosts.open, deps), input.extraScopes);
    const url = buildAuthorizeUrl({ accountsBase: hosts.accounts, appId: input.appId, redirectUri: listener.redirectUri, state, codeChallenge: pkce.challenge, scope });
    deps.onAuthorizeUrl?.(url);
    try {
      await deps.openExternal(url);
    } catch {
      // The URL was shown (onAuthorizeUrl); the user can open it by hand.
    }
    const code = await listener.code;
    const client = createOAuthClient({ openBase: hosts.open, fetch: deps.fetch, appId: input.appId, appSecret, tokenExchange: broker });
    const tokens = await client.exchangeCode({ code, redirectUri: listener.redirectUri, codeVerifier: pkce.verifier });
    const user = await client.userInfo(tokens.accessToken);
    const saved = stateFromTokens(tokens, deps.now());
    const account = buildAccount({
      region: input.region,
      baseUrl: hosts.open,
      mode: 'oauth',
      appId: input.appId,
      userId: user.openId,
      userName: user.name,
      avatarUrl: user.avatarUrl,
      accessTokenExpiresAt: saved.accessExpiresAt ?? undefined,
      refreshTokenExpiresAt: saved.refreshExpiresAt ?? undefined,
      // The port actually used (a test may ask for 0, "any free port").
      callbackPort: Number(new URL(listener.redirectUri).port),
      brokerUrl: broker?.endpoint,
      // What this grant says it covers (features are on only where their scopes are listed).
      grantedScopes: parseGrantedScopes(tokens.scope),
    });
    // Secrets first: an account in settings must always have its secrets behind it. Through a
    // broker there is no App Secret, and one left from a direct sign-in of this account goes.
    if (broker) await deps.secrets.delete(account.id, 'app-secret');
    else await deps.secrets.set(account.id, 'app-secret', appSecret);
    if (saved.refreshToken) await deps.secrets.set(account.id, 'refresh-token', saved.refreshToken);
    else await deps.secrets.delete(account.id, 'refresh-token');
    await deps.secrets.set(account.id, 'access-token', tokens.accessToken);
    // When these tokens expire, beside them: what the app and CLI runs read after a rotation.
    await deps.secrets.set(account.id, 'token-times', JSON.stringify({ accessExpiresAt: saved.accessExpiresAt, refreshExpiresAt: saved.refreshExpiresAt }));
    await saveSignedInAccount(account, deps.secrets, deps.accounts);
    return account;
  } finally {
    await listener.close();
  }
}

/**
 * The approval scopes the saved account was granted, when this sign-in is for the same app on the
 * same host: asked for again so that signing in again (here or in the CLI, which share the
 * keychain) does not quietly drop a permission the user gave.
 */
async function scopesGrantedBefore(input: OAuthSignInInput | BrokerSignInInput, openBase: string, deps: SignInDeps): Promise<string[] | undefined> {
  const previous = await deps.accounts.get();
  if (previous?.mode !== 'oauth' || previous.appId !== input.appId || previous.baseUrl !== openBase) return undefined;
  return previous.grantedScopes;
}
