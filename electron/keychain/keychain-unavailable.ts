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

/**
 * keytar is an optional dependency: where its native build failed (no libsecret-1-dev or no
 * compiler, and no prebuilt binary reachable) `npm ci` carries on without it. That is a
 * different fix from a missing Secret Service, so it gets its own one-line message.
 */
export class KeytarMissingError extends Error {
  override name = 'KeytarMissingError';
}

export function keytarMissingHelp(platform: NodeJS.Platform = process.platform): string {
  const build =
    platform === 'linux'
      ? 'install libsecret-1-dev and build tools (Debian/Ubuntu: sudo apt install libsecret-1-dev python3 make g++), then run npm rebuild keytar'
      : 'install the build tools for native modules (Xcode command line tools, or Visual Studio Build Tools), then run npm rebuild keytar';
  return (
    `The keychain module (keytar) is not installed: its native build failed during npm install. To keep sign-ins in the system keychain, ${build}. ` +
    'Until then a sign-in is kept for this session only (in memory, never on disk).'
  );
}

/** Wrap a keytar failure; its text (D-Bus or OS errors) never contains the secret itself. */
export function keychainUnavailable(cause: unknown, platform?: NodeJS.Platform): AuthError {
  if (cause instanceof KeytarMissingError) return new AuthError('keychain', keytarMissingHelp(platform));
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new AuthError('keychain', `${keychainHelp(platform)} (Keychain said: ${detail.slice(0, 200)})`);
}
