// The plain-Node programs `npm run build` bundles next to the Electron app (scripts/build-node.mjs).
// One line per program: its source entry and the single file it becomes under out/. Native or
// optional modules (keytar) stay outside the bundle and are loaded at run time, when needed.
export const NODE_ENTRIES = [
  { name: 'cli', entry: 'electron/cli/main.ts', outFile: 'out/cli/approval-tray.mjs' },
  // The organisation's token broker: administrators copy this one file to a server.
  { name: 'broker', entry: 'electron/broker/main.ts', outFile: 'out/broker/index.mjs' },
];

/** Never bundled: native modules, resolved from node_modules when (and if) they are imported. */
export const NODE_EXTERNALS = ['keytar'];
