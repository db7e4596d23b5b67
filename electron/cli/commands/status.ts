import { parseArgs } from 'node:util';
import { brokerHost } from '../../../shared/auth/broker-token-exchange';
import type { ManagedState } from '../../../shared/managed/managed-config';
import { detectKeychain } from '../../keychain/detect-keychain';
import type { CliAuthContext } from '../../auth/cli-auth-context';
import { grantedLine, permissionsLine } from './status-permissions';

// Only non-secret fields are read here: the Account (which has no place for a secret) and
// whether the keychain answers.
export async function statusCommand(args: string[], ctx: CliAuthContext): Promise<number> {
  parseArgs({ args, options: {}, strict: true }); // no flags: any is a usage error (exit 2)
  const managed = await ctx.managedConfig?.();
  const out = ctx.io.stdout;
  const account = await ctx.accounts.get();
  const keychain = await detectKeychain(ctx.secrets);
  const calls = (await ctx.callsThisMonth?.().catch(() => null)) ?? null;
  if (!account) out('Account:        not signed in (npm run cli -- login, or token set)');
  else {
    out(`Account:        ${account.region} ${account.baseUrl} (${modeLabel(account.mode)}${account.appId ? `, app ${account.appId}` : ''})`);
    if (account.brokerUrl) out(`Sign-in:        through the token broker ${brokerHost(account.brokerUrl)} (no App Secret on this computer)`);
    out(`User:           ${account.userName ? `${account.userName} ` : ''}${account.userId} (${account.userIdType})`);
    out(`Access token:   ${expiry(account.accessTokenExpiresAt, ctx.now())}`);
    if (account.mode === 'oauth') out(`Refresh token:  ${expiry(account.refreshTokenExpiresAt, ctx.now())}`);
    out(`Permissions:    ${permissionsLine(account)}`);
    const granted = grantedLine(account);
    if (granted) out(`Scopes granted: ${granted}`);
    if (account.needsSignIn) out('State:          SIGN IN AGAIN: the saved sign-in can no longer be renewed.');
  }
  if (managed) out(`Managed config: ${managedLine(managed)}`);
  out(`Keychain:       ${keychain.backend}${keychain.available ? '' : ` UNAVAILABLE: ${keychain.message ?? ''}`}`);
  out(`API calls:      ${calls === null ? 'unknown' : calls} this month`);
  return account && !account.needsSignIn ? 0 : 1;
}

function managedLine(managed: ManagedState): string {
  if (managed.status === 'none') return `none (${managed.path})`;
  if (managed.status === 'invalid') return `INVALID, not used: ${managed.message}`;
  return `app ${managed.config.appId}, broker ${brokerHost(managed.config.brokerUrl)} (${managed.path})`;
}

function modeLabel(mode: string): string {
  return mode === 'oauth' ? 'signed in with Feishu/Lark' : mode === 'tenant' ? 'app credentials' : 'pasted user token';
}

function expiry(at: number | undefined, now: number): string {
  if (at === undefined) return 'expiry unknown (pasted tokens usually last 2 hours)';
  const minutes = Math.round((at - now) / 60_000);
  const when = new Date(at).toISOString();
  if (minutes <= 0) return `expired ${-minutes} min ago (${when})`;
  return minutes < 120 ? `expires in ${minutes} min (${when})` : `expires in ${Math.round(minutes / 60)} h (${when})`;
}
