import type { CommandHelp } from './command-help';

export const tokenSetHelp: CommandHelp = {
  name: 'token set',
  summary: 'token set [--region R] [options]     Keep a pasted user access token (from stdin).',
  usage: `Usage: approval-tray token set [--region feishu|lark|custom] [--base-url URL]

Read a user access token from stdin, keep it in the keychain, and learn whose it is. It cannot be
renewed: paste a new one when it expires (about 2 hours).
  Example: printf %s "$TOKEN" | approval-tray token set

  --region R            feishu (default), lark, or custom with --base-url
  --base-url URL        a custom API host`,
};
