import type { Region } from '../settings/account-kinds';

// Where a user goes when a task has no link the app can open: Feishu's (or Lark's) approval
// centre, at the pending list. The documented applink (open.feishu.cn "打开飞书审批", client
// ≥ 7.3.0): the approval mini program's appId is a platform constant, one for Feishu, one for
// Lark. A custom (private or sandbox) deployment has no known URL, so none is offered.

const CENTRES: Partial<Record<Region, { base: string; appId: string }>> = {
  feishu: { base: 'https://applink.feishu.cn/client/mini_program/open', appId: 'cli_9cb844403dbb9108' },
  lark: { base: 'https://applink.larksuite.com/client/mini_program/open', appId: 'cli_9c7cc8a9a9edd105' },
};

/** The documented page is `in-process` (its own example's `in-progress` contradicts its table). */
const PENDING_LIST_PATH = 'pc/pages/in-process/index';

/** The approval centre's pending list for the account's region; null when none is known. */
export function approvalCentreUrl(region: Region | null | undefined): string | null {
  const centre = region ? CENTRES[region] : undefined;
  if (!centre) return null;
  return `${centre.base}?mode=appCenter&appId=${centre.appId}&path=${encodeURIComponent(PENDING_LIST_PATH)}`;
}
