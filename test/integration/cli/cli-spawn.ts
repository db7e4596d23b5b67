import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The CLI as a user runs it: `npm run cli -- …` is `tsx electron/cli/main.ts …`, straight from
// the sources. A real process, so argv, stdin, stdout/stderr and the exit code are the real ones.

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface SpawnedCli {
  code: number;
  stdout: string;
  stderr: string;
}

export function spawnCli(
  args: string[],
  options: { env: NodeJS.ProcessEnv; stdin?: string; onStdout?: (soFar: string) => void },
): Promise<SpawnedCli> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { cwd: root, env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      options.onStdout?.(stdout);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** The environment of a user's shell minus every variable the CLI reads, plus `extra`. */
export function cliEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['FEISHU_BASE_URL', 'FEISHU_USER_ACCESS_TOKEN', 'FEISHU_USER_ID', 'FEISHU_USER_ID_TYPE', 'APPROVAL_TRAY_STATE_DIR']) delete env[name];
  return { ...env, ...extra };
}
