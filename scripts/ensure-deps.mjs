#!/usr/bin/env node
// First run after cloning: install the exact dependencies (npm ci) so `npm start` and `npm test`
// work as the README's quick start says, with no separate install step. Later runs do nothing.
//
// Electron's installer downloads its binary from GitHub. Where GitHub is unreachable (build
// boxes, this project's CI) that download fails; we then install again without the binary and
// say so: the build, the tests, the sandbox and the CLI all work without it, only the window
// and tray need it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, 'node_modules', '.package-lock.json'))) process.exit(0);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const install = (env) => spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });

// keytar is optional: npm ci carries on when its native build fails. Say so once, here.
function finish(status) {
  if (status === 0 && !existsSync(join(root, 'node_modules', 'keytar', 'package.json'))) {
    console.log(
      '\nNote: keytar (the system keychain) was not built; sign-ins stay in memory only. For the keychain: ' +
        'apt install libsecret-1-dev python3 make g++ (Debian/Ubuntu), then npm rebuild keytar.',
    );
  }
  process.exit(status);
}

console.log('First run: installing dependencies (npm ci)…');
if (install(process.env).status === 0) finish(0);
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) process.exit(1);
console.log('\nInstalling again without the Electron binary (its download failed; GitHub may be unreachable).');
finish(install({ ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }).status ?? 1);
