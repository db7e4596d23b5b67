import type { UiLanguage } from '../../../shared/settings/resolve-language';
import { formatSummaryValue } from './amount-format';

// The one line of summaries a to-do row shows: up to three "key: value" pairs, empty pairs
// skipped (the API sometimes sends them), amounts written as money.

export const MAX_ROW_SUMMARIES = 3;

export function summaryParts(summaries: readonly { key: string; value: string }[], language: UiLanguage): string[] {
  return summaries
    .filter((pair) => pair.value.trim() !== '')
    .slice(0, MAX_ROW_SUMMARIES)
    .map((pair) => {
      const value = formatSummaryValue(pair.value.trim(), language);
      const key = pair.key.trim();
      return key ? `${key}${language === 'zh' ? '：' : ': '}${value}` : value;
    });
}
