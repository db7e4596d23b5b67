import { describe, expect, it } from 'vitest';
import { classifyDecisionError } from '../../../shared/approval/decision-failure';
import { decisionFailureMessage } from '../../../shared/approval/decision-messages';
import { ApiError } from '../../../shared/feishu/api-error';
import type { ApiErrorKind } from '../../../shared/feishu/api-error';
import { exitCodeForDecision } from '../../../electron/cli/exit-codes';

// One table for the app's failed row and the CLI's exit code: what each error means for a
// decision, whether it may have happened anyway (re-read before reporting), and where to settle it.

const error = (kind: ApiErrorKind, code?: number, scope?: string) => new ApiError({ kind, code, scope, message: 'x' });

describe('classifyDecisionError', () => {
  it.each([
    ['1390010 already done', error('bad-request', 1390010), 'already-done', true, 4],
    ['1390018 signature', error('bad-request', 1390018), 'signature', false, 4],
    ['1390013 not supported', error('bad-request', 1390013), 'not-supported', false, 4],
    ['99991679 user did not grant', error('permission', 99991679, 'approval:task:write'), 'missing-scope', false, 4],
    ['99991672 app lacks it', error('permission', 99991672), 'missing-scope', false, 4],
    ['token expired', error('auth-expired', 99991677), 'sign-in', false, 3],
    ['token invalid', error('auth-invalid', 99991668), 'sign-in', false, 3],
    ['1395001 try later', error('server', 1395001), 'uncertain', true, 5],
    ['lost answer', error('network'), 'uncertain', true, 5],
    ['rate limited', error('rate-limited', 99991400), 'uncertain', true, 5],
    ['quota', error('quota-exhausted', 99991403), 'quota', false, 6],
    ['another refusal', error('bad-request', 1390001), 'refused', false, 4],
  ] as const)('%s', (_name, thrown, reason, recheck, exit) => {
    const failure = classifyDecisionError(thrown);
    expect(failure).toMatchObject({ reason, recheck });
    expect(exitCodeForDecision(failure.reason)).toBe(exit);
  });

  it('names the scope: the one the error gave, else approval:task:write', () => {
    expect(classifyDecisionError(error('permission', 99991679, 'approval:task:read')).scope).toBe('approval:task:read');
    expect(classifyDecisionError(error('permission', 99991672)).scope).toBe('approval:task:write');
  });

  it('something that is not an API error may have reached Feishu: re-read first', () => {
    expect(classifyDecisionError(new TypeError('socket hang up'))).toMatchObject({ reason: 'uncertain', recheck: true });
  });

  it('every reason has a sentence in both languages', () => {
    for (const thrown of [error('bad-request', 1390010), error('bad-request', 1390018), error('bad-request', 1390013), error('permission', 99991679, 'approval:task:write'), error('auth-invalid'), error('network'), error('quota-exhausted'), error('bad-request')]) {
      const failure = classifyDecisionError(thrown);
      for (const locale of ['zh', 'en'] as const) {
        for (const action of ['approve', 'reject'] as const) expect(decisionFailureMessage(failure, action, locale, 'still-todo').length).toBeGreaterThan(10);
      }
    }
    expect(decisionFailureMessage(classifyDecisionError(error('permission', 99991679, 'approval:task:write')), 'approve', 'zh')).toContain('approval:task:write');
    expect(decisionFailureMessage(classifyDecisionError(error('bad-request', 1390013)), 'reject', 'en')).toContain('cannot be rejected');
  });
});
