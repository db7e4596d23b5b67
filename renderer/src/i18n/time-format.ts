import type { UiLanguage } from '../../../shared/settings/resolve-language';

export interface TimeFormat {
  /** "3 hours ago" / "3小时前"; "in 5 min" for the future. */
  relative(at: number, now: number): string;
  /** "09:12" today, "Nov 24, 09:12" otherwise. */
  clock(at: number, now: number): string;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

// Intl formatters are costly to build; one set per language, reused by every row.
export function createTimeFormat(language: UiLanguage): TimeFormat {
  const locale = language === 'zh' ? 'zh-CN' : 'en';
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const timeOnly = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const dateTime = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  return {
    relative(at, now) {
      const diff = at - now;
      for (const [unit, size] of UNITS) {
        if (Math.abs(diff) >= size) return relativeFormat.format(Math.trunc(diff / size), unit);
      }
      return relativeFormat.format(0, 'minute');
    },
    clock(at, now) {
      const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
      return (sameDay ? timeOnly : dateTime).format(at);
    },
  };
}
