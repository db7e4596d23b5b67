import { describe, expect, it } from 'vitest';
import { waitingLabel } from '../../../shared/approval/waiting-time';

// "等待 2 天" / "waiting 2 days", from the task's own start; nothing when the start is unknown.

const H = 3_600_000;

describe('waitingLabel', () => {
  it.each([
    [0, '等待 0 分钟', 'waiting 0 minutes'],
    [60_000, '等待 1 分钟', 'waiting 1 minute'],
    [59 * 60_000, '等待 59 分钟', 'waiting 59 minutes'],
    [H, '等待 1 小时', 'waiting 1 hour'],
    [23 * H + 59 * 60_000, '等待 23 小时', 'waiting 23 hours'],
    [24 * H, '等待 1 天', 'waiting 1 day'],
    [73 * H, '等待 3 天', 'waiting 3 days'],
  ])('after %i ms', (elapsed, zh, en) => {
    expect(waitingLabel(1_000, 1_000 + elapsed, 'zh')).toBe(zh);
    expect(waitingLabel(1_000, 1_000 + elapsed, 'en')).toBe(en);
  });

  it('is empty when unknown, and a start in the future counts as just now', () => {
    expect(waitingLabel(null, 5, 'en')).toBe('');
    expect(waitingLabel(10 * H, 0, 'en')).toBe('waiting 0 minutes');
  });
});
