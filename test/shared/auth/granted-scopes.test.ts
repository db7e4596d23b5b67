import { describe, expect, it } from 'vitest';
import { FEATURE_SCOPES, parseFeatureList, parseGrantedScopes, refusedScopes, scopeRequest, scopesForFeatures } from '../../../shared/auth/granted-scopes';

describe('granted scopes', () => {
  it('a first sign-in asks only for the tray\'s own scopes', () => {
    expect(scopeRequest(undefined)).toBe('approval:approval:readonly offline_access');
  });

  it('turning a feature on asks for its scopes on top of the base, each once', () => {
    expect(scopeRequest(undefined, FEATURE_SCOPES.details).split(' ')).toEqual(['approval:approval:readonly', 'offline_access', 'approval:task:read', 'approval:instance:read']);
    expect(scopeRequest(['approval:task:read'], FEATURE_SCOPES.act).split(' ')).toEqual(['approval:approval:readonly', 'offline_access', 'approval:task:read', 'approval:task:write']);
  });

  it('signing in again keeps asking for the approval scopes granted before, but nothing foreign', () => {
    const before = ['approval:approval:readonly', 'offline_access', 'approval:instance:read', 'approval:task:read', 'contact:user.base:readonly'];
    expect(scopeRequest(before).split(' ')).toEqual(['approval:approval:readonly', 'offline_access', 'approval:instance:read', 'approval:task:read']);
  });

  it('reads the token endpoint\'s space-separated scope, and an absent one as unknown', () => {
    expect(parseGrantedScopes('approval:approval:readonly  offline_access approval:task:read offline_access')).toEqual(['approval:approval:readonly', 'offline_access', 'approval:task:read']);
    expect(parseGrantedScopes('')).toEqual([]);
    expect(parseGrantedScopes(undefined)).toBeUndefined();
    // Stays within what the account schema accepts.
    expect(parseGrantedScopes(`${'x'.repeat(201)} ok`)).toEqual(['ok']);
    expect(parseGrantedScopes(Array.from({ length: 300 }, (_, i) => `s${i}`).join(' '))).toHaveLength(200);
  });

  it('names the scopes a grant left out; a grant that named none hides nothing', () => {
    expect(refusedScopes(FEATURE_SCOPES.act, ['approval:approval:readonly', 'approval:task:read'])).toEqual(['approval:task:write']);
    expect(refusedScopes(FEATURE_SCOPES.details, undefined)).toEqual([]);
  });

  it('parses --scopes details,act and refuses anything else', () => {
    expect(parseFeatureList('details, ACT,details')).toEqual({ ok: true, value: ['details', 'act'] });
    expect(parseFeatureList('write')).toMatchObject({ ok: false, message: expect.stringContaining('not "write"') });
    expect(parseFeatureList(' , ')).toMatchObject({ ok: false });
    expect(scopesForFeatures(['details', 'act'])).toEqual(['approval:task:read', 'approval:instance:read', 'approval:task:write']);
  });
});
