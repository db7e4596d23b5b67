import { describe, expect, it } from 'vitest';
import { classifyNetworkError, classifyResponse, malformedResponse } from '../../../shared/feishu/classify-error';

const headers = (values: Record<string, string> = {}) => ({ get: (name: string) => values[name.toLowerCase()] ?? null });
const classify = (httpStatus: number, body: unknown, h: Record<string, string> = {}) =>
  classifyResponse({ httpStatus, headers: headers(h), body, request: 'tasks/query topic=1 page 1' });

describe('classifyResponse', () => {
  it('returns null on success', () => {
    expect(classify(200, { code: 0, msg: 'success', data: {} })).toBeNull();
  });

  it.each([
    [99991677, 200, 'auth-expired'],
    [99991663, 400, 'auth-expired'],
    [99991668, 400, 'auth-invalid'],
    [99991661, 400, 'auth-invalid'],
    [99991671, 400, 'auth-invalid'],
    [99991672, 400, 'permission'],
    [99991679, 400, 'permission'],
    [99991676, 400, 'permission'],
    [230027, 400, 'permission'],
    [99991401, 400, 'permission'],
    [99991673, 400, 'permission'],
    [99991403, 400, 'quota-exhausted'],
    [99991400, 429, 'rate-limited'],
    [1390001, 400, 'bad-request'],
    [99992402, 400, 'bad-request'],
    [1395001, 500, 'server'],
  ])('code %i (HTTP %i) → %s', (code, status, kind) => {
    const error = classify(status, { code, msg: 'm' });
    expect(error?.kind).toBe(kind);
    expect(error?.code).toBe(code);
    expect(error?.httpStatus).toBe(status);
    expect(error?.message.length).toBeGreaterThan(10);
  });

  it('reads the body code even when HTTP says 200', () => {
    expect(classify(200, { code: 99991403, msg: 'quota' })?.kind).toBe('quota-exhausted');
  });

  it('keeps msg and log_id for support, preferring the body log_id', () => {
    const error = classify(400, { code: 1390001, msg: 'param is invalid', error: { log_id: 'L1' } }, { 'x-tt-logid': 'H1' });
    expect(error?.toJSON()).toMatchObject({ feishuMsg: 'param is invalid', logId: 'L1', request: 'tasks/query topic=1 page 1' });
    expect(classify(400, { code: 1390001, msg: 'x' }, { 'x-tt-logid': 'H1' })?.logId).toBe('H1');
  });

  it('rate-limited carries retryAfterMs from x-ogw-ratelimit-reset seconds, or none when unnamed', () => {
    expect(classify(429, { code: 99991400 }, { 'x-ogw-ratelimit-reset': '7' })?.retryAfterMs).toBe(7000);
    expect(classify(429, undefined, { 'x-ogw-ratelimit-reset': '2' })?.kind).toBe('rate-limited');
    expect(classify(429, undefined)?.retryAfterMs).toBeUndefined();
    expect(classify(429, undefined, { 'retry-after': '3' })?.retryAfterMs).toBe(3000);
    expect(classify(429, undefined, { 'x-ogw-ratelimit-reset': 'soon' })?.retryAfterMs).toBeUndefined();
    expect(classify(429, undefined, { 'x-ogw-ratelimit-reset': '99999999' })?.retryAfterMs).toBe(3_600_000);
  });

  it('falls back to the HTTP status', () => {
    expect(classify(502, undefined)?.kind).toBe('server');
    expect(classify(503, { code: 424242 })?.kind).toBe('server');
    expect(classify(404, '<html>')?.kind).toBe('bad-request');
    expect(classify(400, { code: 424242 })?.kind).toBe('bad-request');
    expect(classify(401, {})?.kind).toBe('auth-invalid');
    expect(classify(403, {})?.kind).toBe('permission');
  });

  it('calls a 2xx without a JSON object or a code malformed', () => {
    expect(classify(200, undefined)?.kind).toBe('malformed');
    expect(classify(200, [1, 2])?.kind).toBe('malformed');
    expect(classify(200, { data: {} })?.kind).toBe('malformed');
  });

  it('treats an unknown failure code on a 2xx as a server problem', () => {
    expect(classify(200, { code: 424242, msg: 'new' })).toMatchObject({ kind: 'server', code: 424242 });
  });
});

describe('classifyNetworkError', () => {
  it('says the request never got an answer, with the socket error code only', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const error = classifyNetworkError(new TypeError('fetch failed', { cause }), 'tasks/query topic=1 page 1');
    expect(error.kind).toBe('network');
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).not.toContain('127.0.0.1');
  });

  it('says cancelled on abort', () => {
    const aborted = new DOMException('This operation was aborted', 'AbortError');
    expect(classifyNetworkError(aborted, 'r')).toMatchObject({ kind: 'network', message: expect.stringMatching(/cancelled/) });
    expect(classifyNetworkError(new DOMException('t', 'TimeoutError'), 'r').message).toMatch(/timed out/);
  });
});

describe('malformedResponse', () => {
  it('says why', () => {
    expect(malformedResponse('"data.tasks" is not a list', 'r', 200)).toMatchObject({ kind: 'malformed', httpStatus: 200, message: expect.stringContaining('data.tasks') });
  });
});
