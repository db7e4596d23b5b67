/* global window, document, __BRIDGE_ENDPOINT__, __CONFIG__, __PRELOAD_FUNCTION__ */
// The preload's isolated world (Electron's sandboxed preload): `require` gives only the renderer
// side of `electron` (ipcRenderer, contextBridge, webFrame); IPC goes to main through a CDP
// binding that exists in this world only, never in the page's main world.
(() => {
  const config = __CONFIG__;
  const binding = globalThis[config.binding];
  delete globalThis[config.binding];
  // IPC payloads cross as JSON with `undefined` kept (structured clone keeps it; zod cares).
  const UNDEFINED = config.undefinedMarker;
  const toJson = (value) => JSON.stringify(value, (_key, item) => (item === undefined ? UNDEFINED : item));
  const fromJson = (text) => JSON.parse(text, (_key, item) => (item === UNDEFINED ? undefined : item));
  const post = (message) => binding(toJson(message));

  // Every frame reports its CSP violations, whether or not the preload runs in it.
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
    post({ kind: 'problem', type: 'csp-violation', text: `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} in ${event.documentURI}${where}`, devtools: event.blockedURI === 'eval' && !event.sourceFile });
  });
  if (window !== window.top && !config.subFrames) return;

  const clone = (args) => {
    const seen = (value) => {
      if (typeof value === 'function' || typeof value === 'symbol') throw new Error('An object could not be cloned.');
      if (value && typeof value === 'object') Object.values(value).forEach(seen);
    };
    seen(args);
    return args;
  };
  const listeners = new Map();
  const pending = new Map();
  let nextId = 1;
  const ipcRenderer = {
    invoke(channel, ...args) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject, channel });
        post({ kind: 'invoke', id, channel, args: clone(args) });
      });
    },
    send(channel, ...args) {
      post({ kind: 'send', channel, args: clone(args) });
    },
    sendSync() {
      throw new Error('electron stand-in: ipcRenderer.sendSync is not supported');
    },
    postMessage() {
      throw new Error('electron stand-in: ipcRenderer.postMessage is not supported');
    },
    on(channel, listener) {
      listeners.set(channel, [...(listeners.get(channel) || []), listener]);
      return ipcRenderer;
    },
    once(channel, listener) {
      const wrapped = (...args) => {
        ipcRenderer.removeListener(channel, wrapped);
        listener(...args);
      };
      return ipcRenderer.on(channel, wrapped);
    },
    removeListener(channel, listener) {
      listeners.set(channel, (listeners.get(channel) || []).filter((entry) => entry !== listener));
      return ipcRenderer;
    },
    off(channel, listener) {
      return ipcRenderer.removeListener(channel, listener);
    },
    removeAllListeners(channel) {
      if (channel === undefined) listeners.clear();
      else listeners.delete(channel);
      return ipcRenderer;
    },
    listenerCount: (channel) => (listeners.get(channel) || []).length,
  };
  // Main reaches this world through Runtime.evaluate with this world's context id.
  Object.defineProperty(globalThis, '__electronStandin', {
    value: Object.freeze({
      settle(id, ok, json) {
        const payload = fromJson(json);
        const call = pending.get(id);
        pending.delete(id);
        if (!call) return;
        if (ok) call.resolve(payload);
        else call.reject(new Error(`Error invoking remote method '${call.channel}': Error: ${payload}`));
      },
      deliver(channel, json) {
        const args = fromJson(json);
        for (const listener of listeners.get(channel) || []) listener({ sender: ipcRenderer, ports: [] }, ...args);
      },
    }),
  });

  const bridge = __BRIDGE_ENDPOINT__('__electron_standin_to_main', '__electron_standin_to_isolated', () => undefined);
  const electron = Object.freeze({
    ipcRenderer,
    contextBridge: Object.freeze({
      exposeInMainWorld(key, api) {
        if (typeof key !== 'string' || key in window) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
        bridge.expose(key, api);
      },
      exposeInIsolatedWorld() {
        throw new Error('electron stand-in: exposeInIsolatedWorld is not supported');
      },
    }),
    webFrame: Object.freeze({ setZoomFactor() {}, getZoomFactor: () => 1, setZoomLevel() {}, getZoomLevel: () => 0, setVisualZoomLevelLimits() {} }),
    webUtils: Object.freeze({ getPathForFile: () => '' }),
  });
  const requireInSandbox = (id) => {
    if (id === 'electron' || id === 'electron/renderer') return electron;
    throw new Error(`module not found: ${id} (a sandboxed preload can require only 'electron' here)`);
  };
  const sandboxProcess = Object.freeze({ type: 'renderer', sandboxed: true, contextIsolated: true, platform: config.platform, arch: config.arch, env: {}, versions: config.versions, argv: [], execPath: '' });
  const module = { exports: {} };
  try {
    // The preload's own text, wrapped as Node wraps a CommonJS module (inserted by page-scripts.ts;
    // no eval, so the page's CSP has nothing to refuse).
    __PRELOAD_FUNCTION__.call(module.exports, module.exports, requireInSandbox, module, config.preloadPath, '.', sandboxProcess);
  } catch (error) {
    post({ kind: 'problem', type: 'page-error', text: `Unable to load preload script: ${config.preloadPath}: ${error && error.stack ? error.stack : error}` });
  }
})();
