import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';

// The smallest stand-in for what electron-updater asks of Electron when it checks and
// downloads: `net.request` (Electron's ClientRequest: 'response', 'error', end(), abort()),
// `session.fromPartition` and the `app` its ElectronAppAdapter reads (version, name, packaged,
// paths; the feed comes from process.resourcesPath/app-update.yml as in a packaged app). Backed by Node's http client, so requests are real HTTP to a real
// server. Installed into the require cache under the path electron-updater resolves `electron`
// to (the npm package here has no binary). What it cannot prove: Electron's own network stack
// (proxies, certificates) and installing.

export function installElectronNetStandin(appInfo: { version: string; userData: string }): { requests: string[] } {
  const requests: string[] = [];
  const requireFromUpdater = createRequire(createRequire(import.meta.url).resolve('electron-updater'));
  const path = requireFromUpdater.resolve('electron');
  const standin = {
    session: { fromPartition: () => ({}) },
    app: {
      isPackaged: true,
      getVersion: () => appInfo.version,
      getName: () => 'Approval Tray',
      getPath: (name: string) => (name === 'userData' ? appInfo.userData : `${appInfo.userData}/${name}`),
      getAppPath: () => appInfo.userData,
      whenReady: () => Promise.resolve(),
      quit: () => undefined,
      relaunch: () => undefined,
      once: () => undefined,
    },
    net: {
      request(options: { protocol?: string; hostname?: string; host?: string; port?: number | string; path?: string; method?: string; headers?: Record<string, string> }) {
        if (options.protocol && options.protocol !== 'http:') throw new Error(`the net stand-in speaks http only, not ${options.protocol}`);
        requests.push(`${options.method ?? 'GET'} ${options.path ?? '/'}`);
        return httpRequest({ hostname: options.hostname ?? options.host, port: options.port, path: options.path, method: options.method ?? 'GET', headers: options.headers });
      },
    },
  };
  const cache = requireFromUpdater.cache;
  cache[path] = { id: path, filename: path, loaded: true, exports: standin } as unknown as NodeJS.Module;
  return { requests };
}
