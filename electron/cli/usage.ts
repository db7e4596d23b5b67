import { LOGIN_USAGE } from './commands/login';
import { LOGIN_BROKER_USAGE } from './commands/login-broker';
import { STATUS_USAGE } from './commands/status';
import { TOKEN_SET_USAGE } from './commands/token-set';

// `npm run cli -- help`: the whole CLI on one screen. The README's CLI section says the same.
export const USAGE = `Approval Tray command line — your Feishu/Lark approvals in a terminal.

Usage: npm run cli -- <command> [options]

Commands
  tasks [--topic T] [--json]           All tasks of a topic (default: to-do).
  count [--topic T] [--json]           The number of tasks in a topic, for a status bar.
  watch [--interval SECONDS] [--json]  Poll to-do and print each new task once.
  ${LOGIN_USAGE.replace(/\n/g, '\n  ')}
  ${LOGIN_BROKER_USAGE.replace(/\n/g, '\n  ')}
  logout                               Sign out: delete the account's secrets from the keychain.
  ${STATUS_USAGE.replace(/\n/g, '\n  ')}
  ${TOKEN_SET_USAGE.replace(/\n/g, '\n  ')}
  help                                 This text.

Topics: todo|1, done|2, initiated|3, cc-unread|17, cc-read|18

Options of tasks, count and watch (flag, or environment variable)
  --base-url URL        FEISHU_BASE_URL          default https://open.feishu.cn (Lark: https://open.larksuite.com)
  --token TOKEN         FEISHU_USER_ACCESS_TOKEN default: the signed-in account's token
  --user-id ID          FEISHU_USER_ID           default: the signed-in user
  --user-id-type TYPE   FEISHU_USER_ID_TYPE      open_id (default), union_id or user_id
  --state-dir DIR       APPROVAL_TRAY_STATE_DIR  where watch remembers what it reported

Exit codes
  0 ok · 1 other failure (state, keychain, login) · 2 usage · 3 sign-in needed (token missing,
  expired or invalid) · 4 refused by the API (permission or parameter) · 5 network, server, rate
  limit or malformed answer after retries · 6 monthly API quota exhausted`;
