import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseManagedConfig } from '../../shared/managed/managed-config';
import type { ManagedState } from '../../shared/managed/managed-config';

// Where an administrator puts managed.json, and reading it once at start. A missing file at the
// OS location means "no organisation setup"; a file named by APPROVAL_TRAY_MANAGED_CONFIG that is
// missing, unreadable or invalid is reported, never ignored.

export const MANAGED_CONFIG_ENV = 'APPROVAL_TRAY_MANAGED_CONFIG';

export function managedConfigPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const chosen = env[MANAGED_CONFIG_ENV]?.trim();
  if (chosen) return chosen;
  if (platform === 'darwin') return '/Library/Application Support/Approval Tray/managed.json';
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', 'Approval Tray', 'managed.json').replace(/\//g, '\\');
  return '/etc/approval-tray/managed.json';
}

export async function readManagedConfig(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Promise<ManagedState> {
  const path = managedConfigPath(env, platform);
  const explicit = Boolean(env[MANAGED_CONFIG_ENV]?.trim());
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    if (code === 'ENOENT' && !explicit) return { status: 'none', path };
    return { status: 'invalid', path, message: `${path} cannot be read (${code}).` };
  }
  return parseManagedConfig(text, path);
}
