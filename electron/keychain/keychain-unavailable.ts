import { AuthError } from '../../shared/auth/auth-error';

// The one message for "there is no keychain to keep secrets in": what is missing and what to
// install. There is deliberately no plaintext fallback; the app keeps a sign-in in memory only.

export function keychainHelp(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'linux') {
    return (
      'No Secret Service is running, so the system keychain cannot hold your sign-in. Install and start one: ' +
      'gnome-keyring (GNOME, most desktops) or KWallet (KDE), with libsecret ' +
      '(Debian/Ubuntu: sudo apt install gnome-keyring libsecret-1-0; Fedora: sudo dnf install gnome-keyring libsecret), ' +
      'then log out and in again. Until then a sign-in is kept for this session only (in memory, never on disk).'
    );
  }
  if (platform === 'darwin') return 'The macOS Keychain refused access. Unlock the login keychain (Keychain Access) and try again.';
  return 'Windows Credential Manager refused access. Check that you are signed in to Windows normally and try again.';
}

/** Wrap a keytar failure; its text (D-Bus or OS errors) never contains the secret itself. */
export function keychainUnavailable(cause: unknown, platform?: NodeJS.Platform): AuthError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new AuthError('keychain', `${keychainHelp(platform)} (Keychain said: ${detail.slice(0, 200)})`);
}
