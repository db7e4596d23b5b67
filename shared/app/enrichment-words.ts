// What the details enrichment tells the user (detail view failures, notification buttons), in
// both languages. Scope names stay as they are: they are what an admin types in the console.

export interface EnrichmentWords {
  unavailable: string;
  turnedOff: string;
  missingScope(scope: string): string;
  notFound: string;
  notInList: string;
  budgetSpent: string;
  failed: string;
  untitled: string;
  open: string;
  review: string;
}

const WORDS: Record<'zh' | 'en', EnrichmentWords> = {
  zh: {
    unavailable: '此登录方式无法查看审批详情，请在飞书中打开。',
    turnedOff: '“显示详情”已关闭，可在设置中打开。',
    missingScope: (scope) => `查看详情需要权限 ${scope}，请在设置中重新授权。`,
    notFound: '该任务已不在列表中。',
    notInList: '飞书的审批列表中暂时没有这个任务，请稍后再试或在飞书中打开。',
    budgetSpent: '本月的接口调用额度已用完，可在设置中提高额度。',
    failed: '无法读取审批详情。',
    untitled: '（无标题）',
    open: '打开',
    review: '审阅',
  },
  en: {
    unavailable: 'This sign-in cannot read approval details; open the task in Feishu.',
    turnedOff: '"Show details" is off; turn it on in Settings.',
    missingScope: (scope) => `Details need the permission ${scope}; grant it again in Settings.`,
    notFound: 'This task is no longer in the list.',
    notInList: "Feishu's approval list does not have this task yet; try again later or open it in Feishu.",
    budgetSpent: "This month's API call budget is spent; you can raise it in Settings.",
    failed: 'Could not read the approval details.',
    untitled: '(untitled)',
    open: 'Open',
    review: 'Review',
  },
};

export function enrichmentWords(locale: 'zh' | 'en'): EnrichmentWords {
  return WORDS[locale];
}
