/* global window, __BRIDGE_ENDPOINT__ */
// The page's main world, before any page script: receives what the preload exposes through
// contextBridge.exposeInMainWorld and defines it on window, read-only as Electron does.
(() => {
  const endpoint = __BRIDGE_ENDPOINT__;
  endpoint('__electron_standin_to_isolated', '__electron_standin_to_main', (key, value) => {
    Object.defineProperty(window, key, { value, enumerable: true, configurable: false, writable: false });
  });
})();
