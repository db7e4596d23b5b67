import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// vitest globalSetup: every temporary folder a test makes (state dirs, sandboxes' files, fake
// homes, packed apps) goes under one folder for this run, removed when the run ends. Tests make
// theirs with os.tmpdir(), which reads TMPDIR; the workers start after this and inherit it. A
// test that forgets its own clean-up no longer leaves folders in /tmp run after run.

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'approval-tray-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
