// Typed fakes of the Electron APIs the main-process adapters use. Each implements exactly the
// shape its adapter asks for, records what it was told, and has helpers to fire what the OS
// would (clicks, power events, IPC calls). The adapters' parameter types are derived from
// electron.d.ts, so a fake that drifts from Electron stops compiling.
// One module per API family; this file gathers them so tests import from one place.

export * from './electron-ipc';
export * from './electron-window';
export * from './electron-tray';
export * from './electron-notification';
export * from './electron-app';
export * from './electron-dialog';
