import { describe, expect, it } from 'vitest';
import { formatAmount, formatSummaryValue } from '../../../renderer/src/approvals/amount-format';
import { overdueLevel } from '../../../renderer/src/approvals/overdue';
import { summaryParts } from '../../../renderer/src/approvals/summary-line';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 3, 9, 0);
const thresholds = { amberAfterHours: 24, redAfterHours: 72 };

describe('overdue marks', () => {
  it('turn amber and then red at the thresholds, counted from when the task reached me', () => {
    expect(overdueLevel(NOW - 23 * HOUR, NOW, thresholds)).toBe('none');
    expect(overdueLevel(NOW - 24 * HOUR, NOW, thresholds)).toBe('amber');
    expect(overdueLevel(NOW - 71 * HOUR, NOW, thresholds)).toBe('amber');
    expect(overdueLevel(NOW - 72 * HOUR, NOW, thresholds)).toBe('red');
    expect(overdueLevel(NOW - 5 * HOUR, NOW, { amberAfterHours: 2, redAfterHours: 4 })).toBe('red');
  });

  it('never mark a task whose waiting time is unknown', () => {
    expect(overdueLevel(null, NOW, thresholds)).toBe('none');
    expect(overdueLevel(undefined, NOW, thresholds)).toBe('none');
  });
});

describe('the summary line', () => {
  it('shows at most three pairs, skips empty ones, and puts amounts first, as money', () => {
    const parts = summaryParts(
      [
        { key: '报销事由', value: '客户拜访差旅' },
        { key: '', value: '' },
        { key: '报销金额', value: '1280.5 CNY' },
        { key: '费用类型', value: '差旅费' },
        { key: 'Fourth', value: 'never shown' },
      ],
      'zh',
    );
    expect(parts).toEqual(['报销金额：¥1,280.50', '报销事由：客户拜访差旅', '费用类型：差旅费']);
  });

  it('writes each currency the way the language does, and keeps what it cannot read as sent', () => {
    expect(formatSummaryValue('1999 USD', 'en')).toBe('$1,999.00');
    expect(formatSummaryValue('88 CNY', 'en')).toBe('CN¥88.00');
    expect(formatSummaryValue('88 CNY', 'zh')).toBe('¥88.00');
    expect(formatSummaryValue('about 88 yuan', 'en')).toBe('about 88 yuan');
    expect(formatAmount(12.5, 'XYZ', 'en')).toMatch(/12\.50|XYZ/);
    expect(summaryParts([{ key: '', value: 'Plain value' }], 'en')).toEqual(['Plain value']);
  });
});
