// `npm run build` step: bundles the token broker (electron/broker) into out/broker/index.mjs, one
// file that runs with `node` alone (no node_modules, no tsx). Kept apart from electron-vite's
// config because the broker is not part of the Electron app: administrators copy it to a server.
import { build } from 'esbuild';

await build({
  entryPoints: ['electron/broker/main.ts'],
  outfile: 'out/broker/index.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('out/broker/index.mjs: the token broker (node out/broker/index.mjs)');
