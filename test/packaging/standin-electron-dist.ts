import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// A stand-in Electron distribution for electron-builder's `electronDist` (it copies the folder
// as the app's skeleton): a placeholder executable carrying Electron's fuse wire (sentinel,
// wire version 1, 8 fuses "inherit"), so the afterPack hook has a real wire to flip.

const require = createRequire(import.meta.url);

export const FUSE_COUNT = 8;

export function createStandinElectronDist(dir: string, version: string): void {
  const { SENTINEL } = require('@electron/fuses/dist/constants') as { SENTINEL: string };
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.from([1, FUSE_COUNT, ...Array<number>(FUSE_COUNT).fill(0x90)]);
  const script = Buffer.from('#!/bin/sh\necho "a stand-in for the Electron binary (package:check)" >&2\nexit 1\n');
  writeFileSync(join(dir, 'electron'), Buffer.concat([script, Buffer.alloc(64, 7), Buffer.from(SENTINEL, 'latin1'), wire, Buffer.alloc(64, 7)]), { mode: 0o755 });
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  writeFileSync(join(dir, 'version'), version);
}
