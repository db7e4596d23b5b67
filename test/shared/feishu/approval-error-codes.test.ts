import { describe, expect, it } from 'vitest';
import { classifyResponse } from '../../../shared/feishu/classify-error';

// The approval APIs' business codes and the scope a permission error names, as a person reads
// them (the CLI prints these messages; the app will show them beside the row).

const headers = { get: () => null };
const classify = (httpStatus: number, body: unknown) => classifyResponse({ httpStatus, headers, body, request: 'tasks/pass task 1' });

describe('approval error codes', () => {
  it.each([
    [1390010, 400, /already handled, or it is not yours/],
    [1390018, 400, /handwritten signature.*open it in Feishu/],
    [1390003, 400, /does not know this approval instance/],
    [1390009, 403, /no access to this approval instance/],
    [1390013, 400, /open it in Feishu/],
  ])('code %i (HTTP %i) is a refusal with a clear message', (code, status, message) => {
    const error = classify(status, { code, msg: 'raw' });
    expect(error?.kind).toBe('bad-request');
    expect(error?.message).toMatch(message);
    expect(error?.feishuMsg).toBe('raw');
  });

  it('names the scope the user did not grant (99991679) and the one the app lacks (99991672)', () => {
    const user = classify(400, { code: 99991679, msg: 'Unauthorized. required one of these privileges: [approval:task:write]' });
    expect(user).toMatchObject({ kind: 'permission', scope: 'approval:task:write' });
    expect(user?.message).toBe('Your sign-in has not granted the scope approval:task:write; sign in again and grant it (docs/feishu-app-setup.md).');
    const app = classify(400, { code: 99991672, msg: 'x', error: { permission_violations: [{ type: 'action_scope_required', subject: 'approval:instance:read' }] } });
    expect(app?.scope).toBe('approval:instance:read');
    expect(app?.message).toMatch(/app has not been given the scope approval:instance:read; an admin must add it/);
  });

  it('never copies a hostile "scope" into the message, and keeps the general sentence without one', () => {
    const hostile = classify(400, { code: 99991679, msg: 'need [\u001b]0;pwned\u0007 rm -rf], [a b c]', error: { permission_violations: [{ subject: 'x\n<script>' }] } });
    expect(hostile?.scope).toBeUndefined();
    expect(hostile?.message).toBe('Your sign-in lacks a permission this app needs; sign in again and grant it.');
    expect(classify(400, { code: 99991672, msg: 'scope' })?.message).toBe('The Feishu app lacks a required permission; an admin must grant it.');
  });
});
