import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallLog } from '../../../electron/cli/call-log';
import { monthKey } from '../../../shared/quota/call-counter';

// The CLI shares calls.json with the app: a damaged one is not read as zero calls this month.

describe('CLI call log with a damaged calls.json', () => {
  it('assumes half the default budget spent (or more, if more can be read) and saves that', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'approval-tray-call-log-'));
    await writeFile(join(dir, 'calls.json'), 'garbage');
    const now = () => Date.UTC(2026, 10, 20, 12);
    const log = createCallLog(dir, now);
    expect(await log.thisMonth()).toBe(1500);
    log.add(2);
    await log.flush();
    expect(await log.thisMonth()).toBe(1502);
    const saved = JSON.parse(await readFile(join(dir, 'calls.json'), 'utf8')) as { months: Record<string, number> };
    expect(saved.months[monthKey(now())]).toBe(1502);
  });
});
