import { describe, expect, it } from 'vitest';
import { approvalFeatures } from '../../../shared/approval/approval-features';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Account } from '../../../shared/settings/settings';

// What Settings → Approvals shows: which feature is on, and which scope turns an off one on.

const account = (fields: Partial<Account> = {}): Account => ({
  id: 'custom:cli_a:ou_a',
  region: 'custom',
  baseUrl: 'http://127.0.0.1:9',
  mode: 'oauth',
  appId: 'cli_a',
  userIdType: 'open_id',
  userId: 'ou_a',
  needsSignIn: false,
  callbackPort: 47321,
  ...fields,
});
const settings = (approvals: Partial<ReturnType<typeof defaultSettings>['approvals']> = {}) => ({ approvals: { ...defaultSettings().approvals, ...approvals } });
const none = new Set<string>();

describe('approval features from the granted scopes', () => {
  it('after a first sign-in (base scopes only) details are off and name both scopes they need', () => {
    const view = approvalFeatures({ demo: false, account: account({ grantedScopes: ['approval:approval:readonly', 'offline_access'] }), settings: settings(), learnedMissing: none });
    expect(view.details).toEqual({ active: false, missingScopes: ['approval:task:read', 'approval:instance:read'] });
    expect(view.act).toEqual({ active: false, missingScopes: ['approval:task:read', 'approval:task:write'] });
  });

  it('details turn on once granted; acting also needs the setting and the write scope', () => {
    const granted = ['approval:approval:readonly', 'offline_access', 'approval:task:read', 'approval:instance:read'];
    const view = approvalFeatures({ demo: false, account: account({ grantedScopes: granted }), settings: settings(), learnedMissing: none });
    expect(view.details.active).toBe(true);
    expect(view.act).toEqual({ active: false, missingScopes: ['approval:task:write'] });
    const all = approvalFeatures({ demo: false, account: account({ grantedScopes: [...granted, 'approval:task:write'] }), settings: settings({ actFromApp: true }), learnedMissing: none });
    expect(all.act).toEqual({ active: true, missingScopes: [] });
    const off = approvalFeatures({ demo: false, account: account({ grantedScopes: [...granted, 'approval:task:write'] }), settings: settings({ actFromApp: false, showDetails: false }), learnedMissing: none });
    expect([off.details.active, off.act.active]).toEqual([false, false]);
  });

  it('an unknown grant (pasted token) presumes nothing missing until an API names a scope', () => {
    const pasted = account({ mode: 'user-token', grantedScopes: undefined });
    expect(approvalFeatures({ demo: false, account: pasted, settings: settings(), learnedMissing: none }).details.active).toBe(true);
    const learned = approvalFeatures({ demo: false, account: pasted, settings: settings(), learnedMissing: new Set(['approval:instance:read']) });
    expect(learned.details).toEqual({ active: false, missingScopes: ['approval:instance:read'] });
  });

  it('app credentials cannot use the user-only APIs; the demo can use everything', () => {
    const tenant = approvalFeatures({ demo: false, account: account({ mode: 'tenant' }), settings: settings({ actFromApp: true }), learnedMissing: none });
    expect(tenant.details).toMatchObject({ active: false, unsupported: true });
    expect(approvalFeatures({ demo: true, account: null, settings: settings({ actFromApp: true }), learnedMissing: none }).act.active).toBe(true);
  });
});

describe('what waits for the budget', () => {
  const granted = ['approval:approval:readonly', 'offline_access', 'approval:task:read', 'approval:instance:read', 'approval:task:write'];
  const input = (budgetWait: { list: boolean; details: boolean }, approvals = settings({ actFromApp: true })) => ({ demo: false, account: account({ grantedScopes: granted }), settings: approvals, learnedMissing: none, budgetWait });

  it('says details are deferred while their calls wait; acting only while the list waits', () => {
    const details = approvalFeatures(input({ list: false, details: true }));
    expect(details.details).toEqual({ active: true, missingScopes: [], deferred: true });
    expect(details.act.deferred).toBeUndefined();
    const list = approvalFeatures(input({ list: true, details: false }));
    expect([list.details.deferred, list.act.deferred]).toEqual([true, true]);
    expect(approvalFeatures(input({ list: false, details: false })).details).toEqual({ active: true, missingScopes: [] });
  });

  it('never says it of a feature that is off', () => {
    const off = approvalFeatures(input({ list: true, details: true }, settings({ showDetails: false, actFromApp: false })));
    expect([off.details.deferred, off.act.deferred]).toEqual([undefined, undefined]);
  });
});
