import type { ApprovalFeaturesView, FeatureAvailability } from '../ipc/view-types';
import type { Account, Settings } from '../settings/settings';
import { APPROVAL_SCOPES } from './approval-scopes';

// Which of issue #11's features the signed-in account can use now, and which scopes each lacks.
// The demo's sandbox grants everything. Tenant sign-in has no user token: these user-only APIs
// are unsupported there. Otherwise a scope counts as missing when the grant's `scope` list left
// it out, or an API answered 99991672/99991679 naming it (`learnedMissing`); a grant that named
// no scopes (a pasted token) presumes nothing is missing and lets the first call tell.

export interface FeatureInput {
  demo: boolean;
  account: Account | null;
  settings: Pick<Settings, 'approvals'>;
  /** Scopes an API call reported missing during this session. */
  learnedMissing: ReadonlySet<string>;
  /** What the enrichment left waiting for budget (task-enrichment.ts budgetWait): the list serves both features, details only details. */
  budgetWait?: { list: boolean; details: boolean };
}

export const DETAIL_SCOPES = [APPROVAL_SCOPES.list, APPROVAL_SCOPES.detail] as const;
export const ACT_SCOPES = [APPROVAL_SCOPES.act] as const;

export function missingScopes(input: FeatureInput, needed: readonly string[]): string[] {
  if (input.demo) return [];
  const granted = input.account?.grantedScopes;
  return needed.filter((scope) => input.learnedMissing.has(scope) || (granted !== undefined && !granted.includes(scope)));
}

export function approvalFeatures(input: FeatureInput): ApprovalFeaturesView {
  const unsupported = !input.demo && input.account?.mode === 'tenant';
  const feature = (needed: readonly string[], on: boolean, waits: boolean): FeatureAvailability => {
    const missing = missingScopes(input, needed);
    const active = on && !unsupported && missing.length === 0;
    return { active, missingScopes: missing, ...(unsupported ? { unsupported } : {}), ...(active && waits ? { deferred: true } : {}) };
  };
  const wait = input.budgetWait ?? { list: false, details: false };
  const details = feature(DETAIL_SCOPES, input.settings.approvals.showDetails, wait.list || wait.details);
  // Acting needs the list (support_api_operate, instance_code) as well as the write scope.
  const act = feature([APPROVAL_SCOPES.list, ...ACT_SCOPES], input.settings.approvals.actFromApp, wait.list);
  return { details, act };
}
