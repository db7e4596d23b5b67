import { COMMANDS } from './command-table';

// `approval-tray help`: the whole CLI on one screen. The README's CLI section says the same.
export const USAGE = `Approval Tray command line — your Feishu/Lark approvals in a terminal.

Usage: approval-tray <command> [options]      (from a clone: npm run cli -- <command> [options])

Commands
${COMMANDS.map((command) => `  ${command.help.summary}`).join('\n')}
  help [COMMAND]                       This text, or one command's options (also: COMMAND --help).
  --version                            The version.

Exit codes
  0 ok · 1 other failure (state, keychain, login) · 2 usage · 3 sign-in needed (token missing,
  expired or invalid) · 4 refused by the API (permission or parameter) · 5 network, server, rate
  limit or malformed answer after retries · 6 monthly API quota exhausted`;
