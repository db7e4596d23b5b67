import type { CommandHelp } from './command-help';

// The OAuth callback port's default is DEFAULT_CALLBACK_PORT in electron/auth/oauth-sign-in.ts;
// it is repeated here so help does not load the sign-in code (a test keeps the two equal).
export const LOGIN_DEFAULT_PORT = 47321;

export const loginHelp: CommandHelp = {
  name: 'login',
  summary: 'login --app-id cli_xxx [options]     Sign in with Feishu/Lark in the browser.',
  usage: `Usage: approval-tray login [--app-id cli_xxx] [--region feishu|lark|custom] [--base-url URL] [--port ${LOGIN_DEFAULT_PORT}] [--no-open] [--timeout SECONDS]

Sign in with Feishu/Lark in the browser. The App Secret is read from stdin (or reused from the
keychain when you sign in again with the same app); it is never accepted as a flag.
  Example: printf %s "$APP_SECRET" | approval-tray login --app-id cli_xxx

  --app-id ID           your app's ID (docs/feishu-app-setup.md); default: the last one used
  --region R            feishu (default), lark, or custom with --base-url
  --base-url URL        a custom API host
  --port N              the local callback port registered as the app's redirect URL
  --no-open             print the sign-in URL without opening a browser
  --timeout SECONDS     how long to wait for the browser (default: 300)
  -h, --help            this text`,
};
