import { APPROVAL_FEATURES, FEATURE_SCOPES, refusedScopes } from '../../../shared/auth/granted-scopes';
import type { ApprovalFeature } from '../../../shared/auth/granted-scopes';
import type { Account } from '../../../shared/settings/settings';

// `status`'s "Permissions:" line: which of issue #11's features the saved sign-in can use, and
// for one that it cannot, the scope it lacks and the command that asks for it.

const LABELS: Record<ApprovalFeature, string> = { details: 'details', act: 'approve/reject' };

export function permissionsLine(account: Account): string {
  if (account.mode === 'tenant') return 'app credentials have no user token: details and approve/reject need the browser sign-in';
  const granted = account.grantedScopes;
  if (granted === undefined) return 'not recorded (pasted token or an older sign-in): a missing scope is named when a command needs it';
  const parts = APPROVAL_FEATURES.map((feature) => {
    const missing = refusedScopes(FEATURE_SCOPES[feature], granted);
    if (missing.length === 0) return `${LABELS[feature]} yes`;
    const how = account.mode === 'oauth' ? `; login --scopes ${feature}` : '';
    return `${LABELS[feature]} no (needs ${missing.join(', ')}${how})`;
  });
  return parts.join(', ');
}

/** The scopes the grant named, for the line under it (no secrets: scope names only). */
export function grantedLine(account: Account): string | null {
  return account.grantedScopes && account.grantedScopes.length > 0 ? account.grantedScopes.join(' ') : null;
}
