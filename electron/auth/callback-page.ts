// The small page the browser shows after the redirect back to the app, in Chinese and English.
// Static text only: nothing from the request is echoed into it.

export type CallbackOutcome = 'signed-in' | 'denied' | 'failed' | 'wrong-state';

const TEXT: Record<CallbackOutcome, { zh: string; en: string }> = {
  'signed-in': { zh: '登录成功，可以关闭此标签页，回到审批托盘。', en: 'Signed in. You can close this tab and return to Approval Tray.' },
  denied: { zh: '你取消了授权。可以关闭此标签页，需要时在审批托盘里重新登录。', en: 'You declined access. You can close this tab and sign in again from Approval Tray.' },
  failed: { zh: '登录没有完成。请关闭此标签页，回到审批托盘查看原因。', en: 'Sign-in did not complete. Close this tab and see Approval Tray for details.' },
  'wrong-state': { zh: '这个登录链接不是审批托盘刚才发起的，已忽略。', en: 'This sign-in link was not started by Approval Tray and was ignored.' },
};

export function callbackPage(outcome: CallbackOutcome): string {
  const { zh, en } = TEXT[outcome];
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>审批托盘 · Approval Tray</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.6;color:#1f2329}</style>
</head><body><h1>审批托盘 · Approval Tray</h1><p>${zh}</p><p lang="en">${en}</p></body></html>`;
}
