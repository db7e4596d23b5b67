import { spawn } from 'node:child_process';
import { signInPageUrl } from '../../shared/links/sign-in-page';

// Open a URL with the desktop's opener (xdg-open, open, start). Best effort: the CLI prints the
// URL first, so a machine without a browser still works (copy it by hand). Only a sign-in page
// the URL policy accepts (https, or http on loopback for a local sandbox) is handed to the
// desktop: an opener runs whatever scheme it is given.
export function openWithSystem(raw: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  let url: string | null = null;
  try {
    url = signInPageUrl(raw, new URL(raw).origin);
  } catch {
    // Not a URL at all: refused below.
  }
  if (url === null) return Promise.reject(new Error('This link cannot be opened safely.'));
  const [command, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', `"${url}"`]]
        : ['xdg-open', [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true, windowsVerbatimArguments: platform === 'win32' });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
