import { spawn } from 'node:child_process';

// Open a URL with the desktop's opener (xdg-open, open, start). Best effort: the CLI prints the
// URL first, so a machine without a browser still works (copy it by hand).
export function openWithSystem(url: string, platform: NodeJS.Platform = process.platform): Promise<void> {
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
