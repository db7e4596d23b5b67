import type { CommandHelp } from './command-help';

// The OAuth callback port's default is DEFAULT_CALLBACK_PORT in electron/auth/oauth-sign-in.ts;
// it is repeated here so help does not load the sign-in code (a test keeps the two equal).
export const LOGIN_DEFAULT_PORT = 47321;

export const loginHelp: CommandHelp = {
  name: 'login',
  summary: 'login --app-id cli_xxx [options]     Sign in with Feishu/Lark in the browser.',
  usage: `Usage: approval-tray login [--app-id cli_xxx] [--region feishu|lark|custom] [--base-url URL] [--port ${LOGIN_DEFAULT_PORT}] [--no-open] [--timeout SECONDS] [--scopes details,act]
       approval-tray login --broker URL --app-id cli_xxx [--region R] [--base-url URL] [--port N] [--no-open] [--timeout SECONDS] [--scopes details,act]
       approval-tray login --app-credentials --app-id cli_xxx --user-id ou_xxx [--user-id-type T] [--region R] [--base-url URL]

Sign in with Feishu/Lark in the browser. The App Secret is read from stdin (or reused from the
keychain when you sign in again with the same app, region and host); it is never accepted as a flag.
With --broker (or a managed configuration, managed.json, and no --app-id): sign in through your
organisation's token broker; no App Secret is asked for or stored.
With --scopes: also ask for the approval scopes of those features (details: approval:task:read and
approval:instance:read; act, approve/reject: approval:task:read and approval:task:write). A sign-in
again with the same app asks again for the ones granted before. If the grant leaves one out you
stay signed in, and login exits 4 naming it.
With --app-credentials: sign in with the app's own credentials (App Secret on stdin) to list one
user's approvals. That keeps a tenant-level credential on this machine; prefer the browser sign-in.
  Example: printf %s "$APP_SECRET" | approval-tray login --app-id cli_xxx

  --app-id ID           your app's ID (docs/feishu-app-setup.md); default: the last one used
  --region R            feishu (default), lark, or custom with --base-url
  --base-url URL        a custom API host
  --port N              the local callback port registered as the app's redirect URL
  --no-open             print the sign-in URL without opening a browser
  --timeout SECONDS     how long to wait for the browser (default: 300)
  --scopes LIST         details, act or details,act: the approval features to grant (see status)
  --broker URL          your organisation's token broker (https; http only on loopback)
  --app-credentials     the app-credentials mode (tenant token) instead of the browser
  --user-id ID          with --app-credentials: whose approvals (an open_id by default)
  --user-id-type TYPE   with --app-credentials: open_id (default), union_id or user_id
  -h, --help            this text`,
};
