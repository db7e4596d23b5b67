import type { CommandHelp } from './command-help';

export const logoutHelp: CommandHelp = {
  name: 'logout',
  summary: 'logout                               Sign out: delete the account\'s secrets from the keychain.',
  usage: `Usage: approval-tray logout

Sign out: delete every secret of the account from the keychain and forget the account.`,
};
