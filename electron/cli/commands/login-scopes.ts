import { parseFeatureList, refusedScopes, scopesForFeatures } from '../../../shared/auth/granted-scopes';
import type { Account } from '../../../shared/settings/settings';
import type { CliAuthContext } from '../../auth/cli-auth-context';
import { EXTRA_SCOPES_TIMEOUT_HINT } from '../../auth/grant-scopes';
import type { Outcome } from '../../../shared/ipc/contract';
import { EXIT } from '../exit-codes';

// `login --scopes details,act`: the approval scopes a browser sign-in asks for on top of the
// tray's own. Said before the browser opens (the consent page will list them too), and checked
// against what the grant named afterwards: a scope left out is exit 4 naming it, though the
// sign-in itself is kept.

/** What each optional scope turns on, for the lines the CLI prints. */
export const SCOPE_PURPOSES: Record<string, string> = {
  'approval:task:read': 'task summaries, and whether a task may be acted on',
  'approval:instance:read': 'details: submitted and waiting times, the form, the timeline',
  'approval:task:write': 'approve and reject as you',
};

export type ScopesFlag = { ok: true; scopes: string[] } | { ok: false; message: string };

export function readScopesFlag(value: string | undefined): ScopesFlag {
  if (value === undefined) return { ok: true, scopes: [] };
  const features = parseFeatureList(value);
  return features.ok ? { ok: true, scopes: scopesForFeatures(features.value) } : features;
}

/** Said first: which extra permissions the browser will ask for, and why. */
export function announceScopes(ctx: CliAuthContext, scopes: readonly string[]): void {
  if (scopes.length === 0) return;
  ctx.io.stdout('The sign-in will also ask you to allow:');
  for (const scope of scopes) ctx.io.stdout(`  ${scope}  (${SCOPE_PURPOSES[scope] ?? 'approvals'})`);
}

/** Exit 0 when every scope asked for was granted (or the server did not say); else 4, naming them. */
export function grantExitCode(ctx: CliAuthContext, account: Account, asked: readonly string[]): number {
  const refused = refusedScopes(asked, account.grantedScopes);
  if (refused.length === 0) return EXIT.ok;
  ctx.io.stderr(
    `login: signed in, but Feishu did not grant ${refused.join(', ')}: the app may lack this user scope, or your organisation does not let users grant it (docs/feishu-app-setup.md).`,
  );
  return EXIT.refused;
}

/** A failed sign-in's message; one that asked for extra scopes and timed out gets the likely reason. */
export function failureMessage(outcome: Extract<Outcome, { ok: false }>, asked: readonly string[]): string {
  return asked.length > 0 && outcome.kind === 'timeout' ? `${outcome.message} ${EXTRA_SCOPES_TIMEOUT_HINT}` : outcome.message;
}
