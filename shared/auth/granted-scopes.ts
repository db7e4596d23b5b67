import { APPROVAL_SCOPES } from '../approval/approval-scopes';
import { ACT_SCOPES, DETAIL_SCOPES } from '../approval/approval-features';

// Which scopes a sign-in asks for, and what the token endpoint says it granted. The first
// sign-in asks only for the tray's own scopes; the approval scopes of issue #11 are asked for
// only when a feature is turned on (the app's Settings → Approvals, or `login --scopes`), and
// once granted they are asked for again by every later sign-in of the same app, so signing in
// again never quietly drops a permission the user gave.

/** What the tray itself needs: read approvals; offline_access makes the endpoint issue a refresh token. */
export const BASE_SCOPES = ['approval:approval:readonly', 'offline_access'] as const;

export const APPROVAL_FEATURES = ['details', 'act'] as const;
export type ApprovalFeature = (typeof APPROVAL_FEATURES)[number];

/** The user scopes each feature needs (the same lists approval-features.ts checks). */
export const FEATURE_SCOPES: Record<ApprovalFeature, readonly string[]> = {
  details: DETAIL_SCOPES,
  // Acting needs the list too: instance_code and support_api_operate come from GET /tasks.
  act: [APPROVAL_SCOPES.list, ...ACT_SCOPES],
};

/** The optional approval scopes a later sign-in carries forward; nothing else is re-asked. */
const CARRIED = new Set<string>(Object.values(APPROVAL_SCOPES));

/** Account.grantedScopes' limits (settings.ts): at most 200 scopes of at most 200 characters. */
const MAX_SCOPES = 200;
const MAX_SCOPE_LENGTH = 200;

/**
 * The token endpoint's `scope` (space separated) as a list; undefined when it said nothing, so a
 * server that omits it is not taken to have granted nothing.
 */
export function parseGrantedScopes(scope: string | undefined): string[] | undefined {
  if (scope === undefined) return undefined;
  const seen = new Set<string>();
  for (const item of scope.split(/[\s,]+/)) if (item && item.length <= MAX_SCOPE_LENGTH && seen.size < MAX_SCOPES) seen.add(item);
  return [...seen];
}

/** The authorize URL's `scope`: the base, the approval scopes granted before, and the extra ones asked for now. */
export function scopeRequest(grantedBefore: readonly string[] | undefined, extra: readonly string[] = []): string {
  const carried = (grantedBefore ?? []).filter((scope) => CARRIED.has(scope));
  return [...new Set([...BASE_SCOPES, ...carried, ...extra])].join(' ');
}

/** The scopes asked for that the grant left out; none when the server did not say (the first call will tell). */
export function refusedScopes(asked: readonly string[], granted: readonly string[] | undefined): string[] {
  if (granted === undefined) return [];
  return asked.filter((scope) => !granted.includes(scope));
}

/** All the scopes of some features, each once, in a stable order. */
export function scopesForFeatures(features: readonly ApprovalFeature[]): string[] {
  return [...new Set(features.flatMap((feature) => FEATURE_SCOPES[feature]))];
}

/** `--scopes details,act` → the features, or a message naming what is not one. */
export function parseFeatureList(text: string): { ok: true; value: ApprovalFeature[] } | { ok: false; message: string } {
  const items = text.split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);
  const unknown = items.filter((item) => !(APPROVAL_FEATURES as readonly string[]).includes(item));
  if (items.length === 0 || unknown.length > 0) {
    return { ok: false, message: `--scopes takes ${APPROVAL_FEATURES.join(', ')} (comma separated)${unknown.length ? `, not "${unknown.join(', ').slice(0, 60)}"` : ''}.` };
  }
  return { ok: true, value: [...new Set(items)] as ApprovalFeature[] };
}
