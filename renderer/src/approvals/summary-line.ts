import type { UiLanguage } from '../../../shared/settings/resolve-language';
import { formatSummaryValue, isAmountText } from './amount-format';

// The one line of summaries a to-do row shows: up to three "key: value" pairs, empty pairs
// skipped (the API sometimes sends them), amounts written as money.

export const MAX_ROW_SUMMARIES = 3;

/** Amounts lead: the line is cut at the window's edge, and the amount is what an approver looks for. */
export function summaryParts(summaries: readonly { key: string; value: string }[], language: UiLanguage): string[] {
  const shown = summaries.filter((pair) => pair.value.trim() !== '').slice(0, MAX_ROW_SUMMARIES);
  return [...shown.filter((pair) => isAmountText(pair.value)), ...shown.filter((pair) => !isAmountText(pair.value))]
    .map((pair) => {
      const value = formatSummaryValue(pair.value.trim(), language);
      const key = pair.key.trim();
      return key ? `${key}${language === 'zh' ? '：' : ': '}${value}` : value;
    });
}
