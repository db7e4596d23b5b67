import type { UiLanguage } from '../../../shared/settings/resolve-language';

// Amounts with their currency, the way each language writes money: "¥1,280.50" / "CN¥1,280.50",
// "US$1,999.00". Summaries arrive as display strings ("1280.5 CNY"); the form's amount widget
// as {value, currency}. A currency Intl does not know is written after the number, never dropped.

const AMOUNT_TEXT = /^\s*(-?\d+(?:\.\d+)?)\s*([A-Z]{3})\s*$/;
const LOCALES: Record<UiLanguage, string> = { zh: 'zh-CN', en: 'en' };

export function formatAmount(value: number, currency: string, language: UiLanguage): string {
  try {
    return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency }).format(value);
  } catch {
    return `${new Intl.NumberFormat(LOCALES[language]).format(value)} ${currency}`.trim();
  }
}

export function isAmountText(value: string): boolean {
  return AMOUNT_TEXT.test(value);
}

/** A summary value that is an amount and a currency code becomes money; anything else stays as sent. */
export function formatSummaryValue(value: string, language: UiLanguage): string {
  const match = AMOUNT_TEXT.exec(value);
  return match ? formatAmount(Number(match[1]), match[2]!, language) : value;
}
