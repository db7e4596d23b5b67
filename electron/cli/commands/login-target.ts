import { authHostsFor } from '../../../shared/auth/auth-hosts';
import { REGIONS } from '../../../shared/settings/settings';
import type { Account, Region } from '../../../shared/settings/settings';
import type { CliAuthContext } from '../../auth/cli-auth-context';

// Where a `login` signs in (region and open-platform host), and the App Secret it signs in with.
// A saved App Secret is a tenant-level credential: it is reused only for the same app on the same
// region AND host it was saved for. Any other host (a typo, a hostile --base-url) gets nothing
// but what the user pipes in on purpose.

export interface LoginTarget {
  region: Region;
  /** As given (or the previous custom account's); signIn normalises it again. */
  baseUrl: string | undefined;
  /** The normalised open-platform base the secret would be sent to. */
  openBase: string;
}

/** Throws a plain Error with a message for the user when the region or base URL is unusable. */
export function loginTarget(values: { region?: string; 'base-url'?: string }, previous: Account | null): LoginTarget {
  const region = (values.region ?? (values['base-url'] ? 'custom' : (previous?.region ?? 'feishu'))) as Region;
  if (!REGIONS.includes(region)) throw new Error(`--region must be one of ${REGIONS.join(', ')}.`);
  // Signing in again to the same custom host needs no --base-url.
  const baseUrl = values['base-url'] ?? (region === 'custom' && previous?.region === 'custom' ? previous.baseUrl : undefined);
  return { region, baseUrl, openBase: authHostsFor(region, baseUrl).open };
}

export function isSameAppAndHost(previous: Account | null, appId: string, target: LoginTarget): previous is Account {
  return previous !== null && previous.appId === appId && previous.region === target.region && previous.baseUrl === target.openBase;
}

/** The saved App Secret when it belongs to this app and host; otherwise the one piped in (or ''). */
export async function appSecretFor(ctx: CliAuthContext, previous: Account | null, appId: string, target: LoginTarget): Promise<string> {
  if (isSameAppAndHost(previous, appId, target)) {
    const saved = await ctx.secrets.get(previous.id, 'app-secret').catch(() => null);
    if (saved) return saved;
  }
  if (ctx.io.stdinIsTty) ctx.io.stderr('Paste the App Secret, then press Enter and Ctrl-D:');
  return (await ctx.io.readStdin()).trim();
}

/** One line on stderr, exit 1: a failed login (usage mistakes included, as before). */
export function loginFailed(ctx: CliAuthContext, message: string): number {
  ctx.io.stderr(`login: ${message}`);
  return 1;
}
