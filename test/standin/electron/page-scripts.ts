import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';

// The two scripts every window's page gets before its own: the main-world end of contextBridge,
// and the isolated world that runs the preload. Both are plain browser JavaScript in ./page.

export const PRELOAD_WORLD = 'electron-preload';
export const IPC_BINDING = '__electronStandinIpc';
/** How `undefined` crosses between main and the preload (JSON has no undefined). */
export const UNDEFINED_MARKER = '\u0000electron-standin:undefined';

export function toIpcJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (item === undefined ? UNDEFINED_MARKER : item)) ?? JSON.stringify(UNDEFINED_MARKER);
}
export function fromIpcJson(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => (item === UNDEFINED_MARKER ? undefined : item));
}

// Each file starts with a `/* global */` line for the linter, naming the placeholders: drop it.
const read = (name: string) => readFileSync(new URL(`./page/${name}`, import.meta.url), 'utf8').replace(/^\/\* global [^*]*\*\/\n/, '');
const endpoint = read('bridge-endpoint.js').replace(/^[\s\S]*?\(function createBridgeEndpoint/, '(function createBridgeEndpoint');

export function mainWorldScript(): string {
  return read('main-world.js').replace('__BRIDGE_ENDPOINT__', () => endpoint);
}

export interface PreloadOptions {
  preloadPath: string | undefined;
  subFrames: boolean;
}

/** The isolated-world script; throws when the preload file is missing or is not valid CommonJS. */
export function isolatedWorldScript(options: PreloadOptions): string {
  const preload = options.preloadPath ? readFileSync(options.preloadPath, 'utf8') : '';
  const wrapped = `(function (exports, require, module, __filename, __dirname, process) {\n${preload}\n})`;
  new Script(wrapped, { filename: options.preloadPath ?? 'no-preload' });
  const config = { binding: IPC_BINDING, undefinedMarker: UNDEFINED_MARKER, subFrames: options.subFrames, preloadPath: options.preloadPath ?? '', platform: process.platform, arch: process.arch, versions: { chrome: 'chromium', electron: 'stand-in' } };
  return read('isolated-world.js')
    .replace('__CONFIG__', () => JSON.stringify(config))
    .replace('__BRIDGE_ENDPOINT__', () => endpoint)
    .replace('__PRELOAD_FUNCTION__', () => wrapped);
}
