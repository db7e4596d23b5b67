import type { UiLanguage } from '../settings/resolve-language';

// The questions main asks in a native dialog before a link or a sign-in leaves Feishu/Lark. Each
// names the host as the URL parser wrote it (punycode for international names), so a look-alike
// cannot hide behind similar letters.

export interface PromptText {
  message: string;
  detail: string;
  confirmLabel: string;
  cancelLabel: string;
}

const OPEN_HOST: Record<UiLanguage, (host: string) => PromptText> = {
  en: (host) => ({
    message: `Open a link to ${host}?`,
    detail: `This approval links to ${host}, which is not a Feishu or Lark site. If you allow it, links to ${host} open without asking from now on; you can take this back in Settings → Allowed link sites.`,
    confirmLabel: 'Allow and open',
    cancelLabel: 'Cancel',
  }),
  zh: (host) => ({
    message: `打开指向 ${host} 的链接？`,
    detail: `此审批链接到 ${host}，它不是飞书或 Lark 的网站。允许后，以后打开 ${host} 的链接不再询问；可在“设置 → 允许的链接网站”中撤销。`,
    confirmLabel: '允许并打开',
    cancelLabel: '取消',
  }),
};

const SIGN_IN_HOST: Record<UiLanguage, (host: string) => PromptText> = {
  en: (host) => ({
    message: `Sign in through ${host}?`,
    detail: `${host} is not a Feishu or Lark server. Your App Secret or token will be sent to it, and your approvals read from it. Continue only if your organisation runs this server.`,
    confirmLabel: 'Sign in through it',
    cancelLabel: 'Cancel',
  }),
  zh: (host) => ({
    message: `通过 ${host} 登录？`,
    detail: `${host} 不是飞书或 Lark 的服务器。你的 App Secret 或令牌将发送给它，审批也将从它读取。只有当它是你所在组织运行的服务器时才继续。`,
    confirmLabel: '通过它登录',
    cancelLabel: '取消',
  }),
};

export function openHostPrompt(host: string, language: UiLanguage): PromptText {
  return OPEN_HOST[language](host);
}

export function signInHostPrompt(host: string, language: UiLanguage): PromptText {
  return SIGN_IN_HOST[language](host);
}
