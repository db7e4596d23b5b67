// Notification words in both languages.

export type NotifyLocale = 'zh' | 'en';

export interface NotifyStrings {
  ccPrefix: string;
  untitled: string;
  from: (names: string) => string;
  backlogTitle: (todo: number, cc: number) => string;
  groupedTitle: (todo: number, cc: number) => string;
  /** The one notification when quiet hours end, for what arrived during them. */
  quietDigestTitle: (todo: number, cc: number) => string;
  andMore: (count: number) => string;
  listSeparator: string;
}

const en: NotifyStrings = {
  ccPrefix: 'CC: ',
  untitled: '(untitled)',
  from: (names) => `from ${names}`,
  backlogTitle: (todo, cc) => join([todo && `${todo} approval${todo === 1 ? '' : 's'} to do`, cc && `${cc} unread CC${cc === 1 ? '' : 's'}`], ', '),
  groupedTitle: (todo, cc) => join([todo && `${todo} new approval${todo === 1 ? '' : 's'}`, cc && `${cc} new CC${cc === 1 ? '' : 's'}`], ', '),
  quietDigestTitle: (todo, cc) => `During quiet hours: ${en.groupedTitle(todo, cc)}`,
  andMore: (count) => `and ${count} more`,
  listSeparator: '; ',
};

const zh: NotifyStrings = {
  ccPrefix: '抄送：',
  untitled: '（无标题）',
  from: (names) => `发起人：${names}`,
  backlogTitle: (todo, cc) => join([todo && `${todo} 条待办审批`, cc && `${cc} 条未读抄送`], '，'),
  groupedTitle: (todo, cc) => join([todo && `${todo} 条新审批`, cc && `${cc} 条新抄送`], '，'),
  quietDigestTitle: (todo, cc) => `免打扰期间：${zh.groupedTitle(todo, cc)}`,
  andMore: (count) => `等 ${count} 条`,
  listSeparator: '；',
};

export const NOTIFY_STRINGS: Readonly<Record<NotifyLocale, NotifyStrings>> = { en, zh };

function join(parts: (string | 0)[], separator: string): string {
  return parts.filter((part): part is string => Boolean(part)).join(separator);
}
