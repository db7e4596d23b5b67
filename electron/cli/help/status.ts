import type { CommandHelp } from './command-help';

export const statusHelp: CommandHelp = {
  name: 'status',
  summary: 'status                               Who is signed in, token expiry, permissions, keychain, API calls.',
  usage: `Usage: approval-tray status

Who is signed in, when the tokens expire, which approval features the sign-in's scopes allow
("Permissions:", with the scope a feature lacks), the keychain backend and API calls this month.
Never prints a secret. Exit 0 when signed in, 1 otherwise.`,
};
