import Module, { register } from 'node:module';

// `node --import tsx --import ./test/standin/electron/register.ts out/main/index.js`: the built
// main bundle's `electron` becomes the stand-in. ESM imports go through a resolve hook; CommonJS
// require('electron') (electron-log) gets the same module instance from the require cache.

const standin = new URL('./index.ts', import.meta.url);
register('./resolve-hook.mjs', import.meta.url, { data: { url: standin.href } });

const electron = (await import(standin.href)) as { default: unknown };
const fakePath = `${standin.pathname}#electron`;
const cache = (Module as unknown as { _cache: Record<string, unknown> })._cache;
cache[fakePath] = { id: fakePath, filename: fakePath, loaded: true, exports: electron.default, children: [], paths: [] };
const moduleInternals = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'electron' ? fakePath : resolveFilename.call(this, request, ...rest);
};
