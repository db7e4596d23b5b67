import type { DecisionAction } from '../ipc/view-types';
import type { DecisionFailure } from './decision-failure';

// What the user reads when an approve / reject did not go through, in both languages (the
// window's undo bar and failed row; main has no translator). `recheck` is what the to-do list
// showed when it was read again after a failure that may have happened: the task still there
// (nothing was done), gone (probably handled), or the list could not be read; or the failure came
// before the write went out (not-sent).

export type RecheckResult = 'still-todo' | 'left-todo' | 'unknown' | 'not-sent';
type Locale = 'zh' | 'en';

const VERB: Record<Locale, Record<DecisionAction, string>> = {
  zh: { approve: '同意', reject: '拒绝' },
  en: { approve: 'approve', reject: 'reject' },
};
const DONE: Record<DecisionAction, string> = { approve: 'approved', reject: 'rejected' };

const AFTER_RECHECK: Record<Locale, Record<RecheckResult, string>> = {
  zh: {
    'still-todo': '任务仍在你的待办中，所以没有执行任何操作；可以稍后再试。',
    'left-todo': '但任务已离开你的待办，可能已经处理；请在飞书中确认。',
    unknown: '也无法重新读取待办列表来确认；再次操作前请先在飞书中查看。',
    'not-sent': '没有发送任何操作；可以稍后再试。',
  },
  en: {
    'still-todo': 'The task is still in your to-do list, so nothing was done; you can try again.',
    'left-todo': 'But the task has left your to-do list, so it was probably handled; check in Feishu.',
    unknown: 'The to-do list could not be read to check; look in Feishu before trying again.',
    'not-sent': 'Nothing was sent; you can try again.',
  },
};

export function decisionFailureMessage(failure: DecisionFailure, action: DecisionAction, locale: Locale, recheck?: RecheckResult): string {
  const verb = VERB[locale][action];
  const zh = locale === 'zh';
  switch (failure.reason) {
    case 'already-done':
      return zh ? '这条审批已不在你的待办中：已被处理，或不是你的任务。' : 'This task is not in your to-do list any more: it was already handled, or it is not yours.';
    case 'signature':
      return zh ? '这条审批需要手写签名，无法在此处理；请在飞书中打开。' : 'This task needs a handwritten signature, which the app cannot give; open it in Feishu.';
    case 'not-supported':
      return zh ? `这类审批不支持通过接口${verb}；请在飞书中打开。` : `This kind of approval cannot be ${DONE[action]} from the app (Feishu does not allow it through the API); open it in Feishu.`;
    case 'missing-scope':
      return zh
        ? `登录缺少权限 ${failure.scope ?? ''}，无法${verb}；请在设置中重新授权，或在飞书中处理。`
        : `Your sign-in lacks the scope ${failure.scope ?? ''}, so the app cannot ${verb}; grant it in Settings, or act in Feishu.`;
    case 'sign-in':
      return zh ? `登录已失效，未能${verb}；请重新登录。` : `Your sign-in is no longer valid, so nothing was ${DONE[action]}; please sign in again.`;
    case 'quota':
      return zh ? `本月飞书接口额度已用完，未能${verb}；请在飞书中处理。` : `Your organisation's Feishu API quota for the month is used up, so nothing was ${DONE[action]}; act in Feishu.`;
    case 'uncertain': {
      const head = zh ? `${verb}的请求没有得到确定的答复（网络或飞书暂时有问题）。` : `The ${verb} got no clear answer (a network or Feishu problem).`;
      return `${head}${zh ? '' : ' '}${AFTER_RECHECK[locale][recheck ?? 'unknown']}`;
    }
    case 'refused':
      return zh ? `飞书拒绝了${verb}请求；请在飞书中处理。` : `Feishu refused to ${verb} this task; act in Feishu.`;
  }
}

/** Why a decision was not even queued (tasks:decide refused), in the user's words. */
export type DecisionRefusal = 'no-approvals' | 'unsupported' | 'turned-off' | 'missing-scope' | 'queued' | 'sending' | 'comment-needed' | 'stopped';

export function decisionRefusalMessage(refusal: DecisionRefusal, locale: Locale, scope?: string): string {
  const zh = locale === 'zh';
  switch (refusal) {
    case 'no-approvals':
    case 'unsupported':
      return zh ? '当前登录方式（应用身份）无法以你的身份审批；请用飞书账号登录，或在飞书中处理。' : 'This sign-in (as the app) cannot act as you; sign in with your Feishu account, or act in Feishu.';
    case 'turned-off':
      return zh ? '“在应用内审批”已关闭；可在设置 → 审批中打开。' : '"Approve from the app" is off; turn it on in Settings → Approvals.';
    case 'missing-scope':
      return zh ? `登录缺少权限 ${scope ?? ''}；请在设置 → 审批中重新授权。` : `Your sign-in lacks the scope ${scope ?? ''}; grant it in Settings → Approvals.`;
    case 'queued':
      return zh ? '这条审批已在等待发送；可以撤销。' : 'A decision on this task is already waiting to be sent; you can undo it.';
    case 'sending':
      return zh ? '已在发送，无法撤销。' : 'It is already being sent and can no longer be undone.';
    case 'comment-needed':
      return zh ? '拒绝需要填写理由。' : 'A rejection needs a reason.';
    case 'stopped':
      return zh ? '应用正在退出或切换账号；未发送。' : 'The app is quitting or switching accounts; nothing was sent.';
  }
}
