import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What `npm start` shows where there is no Electron binary (after building): the sandbox's demo
// tasks through the CLI, then a live watch. A newcomer must see real tasks, and Ctrl-C must end
// it cleanly.
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the terminal demo', () => {
  it('lists the demo to-do tasks and counts, starts watching, and stops on Ctrl-C with exit 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/terminal-demo.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no watch line in time:\n${out}\n${err}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('already waiting')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(out).toMatch(/^TITLE\s+DEFINITION\s+INITIATORS\s+STATUS$/m);
    expect(out).toMatch(/12 task\(s\) in todo/);
    expect(out).toMatch(/^done\s+86$/m);
    expect(err).toBe('');
  }, 40_000);
});
