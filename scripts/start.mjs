#!/usr/bin/env node
// `npm start`: build the app, then run it. With an Electron binary that is the tray app (which
// starts in demo mode when no account is set up). Without one (CI, build machines, this repo's
// dev boxes with ELECTRON_SKIP_BINARY_DOWNLOAD=1) it says so and shows the same demo through the
// command-line companion against the bundled sandbox, so a newcomer still sees real tasks.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function electronBinary() {
  try {
    const path = require('electron'); // the package exports the binary's path
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null; // the package throws when its binary was never downloaded
  }
}

run('npx', ['electron-vite', 'build']);

const binary = electronBinary();
const child = binary
  ? spawn(binary, ['.'], { stdio: 'inherit' })
  : (console.log(
      '\nNo Electron binary is installed here (it is skipped with ELECTRON_SKIP_BINARY_DOWNLOAD=1),\n' +
        'so the window and tray cannot open. Showing the demo through the command line instead.\n',
    ),
    spawn(process.execPath, ['--import', 'tsx', 'scripts/terminal-demo.ts', ...process.argv.slice(2)], {
      stdio: 'inherit',
    }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
