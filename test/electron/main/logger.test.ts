import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodeLog from 'electron-log/node';
import type { LogMessage } from 'electron-log';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOG_MAX_BYTES, createLogger } from '../../../electron/main/logger';

const TOKEN = 'u-abcdefghijklmnopqrstuvwxyz0123456789';

describe('createLogger', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'logger-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function setup() {
    const log = nodeLog.create({ logId: `test-${Math.random()}` });
    const seen: LogMessage[] = [];
    const capture = Object.assign((message: LogMessage) => void seen.push(message), { level: 'silly' as const, transforms: [] });
    log.transports.capture = capture;
    const port = createLogger(log);
    log.transports.console.level = false;
    log.transports.file.resolvePathFn = () => join(dir, 'main.log');
    return { log, port, seen };
  }

  it('rotates the file at 1 MiB and logs from info up', () => {
    const { log } = setup();
    expect(log.transports.file.maxSize).toBe(LOG_MAX_BYTES);
    expect(LOG_MAX_BYTES).toBe(1_048_576);
    expect(log.transports.file.level).toBe('info');
  });

  it('creates its log files readable by this user only (0600), the rotated one too', async () => {
    const { log, port } = setup();
    log.transports.file.maxSize = 2000;
    for (let line = 0; line < 60; line++) port.info(`line ${line} of a long enough message to rotate`);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(['main.log', 'main.old.log']);
    for (const name of files) expect((await stat(join(dir, name))).mode & 0o777).toBe(0o600);
  });

  it('redacts tokens in messages, details and errors before any transport sees them', async () => {
    const { port, seen } = setup();
    port.info(`refreshed with Bearer ${TOKEN}`);
    port.warn('token call failed', { refresh_token: 'ur-0123456789abcdefghij', url: 'https://x.example/cb?code=secret-code-1' });
    port.error('sign-in failed', new Error(`bad token ${TOKEN}`));
    expect(seen).toHaveLength(3);
    const captured = JSON.stringify(seen.map((message) => message.data.map((part) => (part instanceof Error ? part.message : part))));
    expect(captured).not.toContain(TOKEN);
    expect(captured).not.toContain('ur-0123456789abcdefghij');
    expect(captured).not.toContain('secret-code-1');
    expect(captured).toContain('[REDACTED]');
    expect(captured).toContain('sign-in failed');
    // The file transport too (electron-log writes synchronously by default).
    const file = await readFile(join(dir, 'main.log'), 'utf8');
    expect(file).toContain('refreshed with Bearer [REDACTED]');
    expect(file).not.toContain(TOKEN);
    expect(file).not.toContain('secret-code-1');
  });
});
