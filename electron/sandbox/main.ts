import { parseArgs } from 'node:util';
import { CONTROL_HEADER } from './request-gate';
import { startSandbox } from './server';

// `npm run sandbox [-- --port 8787 --seed 7 --words]`: the local Feishu stand-in for the demo and
// for trying the CLI by hand. A new to-do task arrives every minute. Ctrl+C stops it.

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
      'arrival-seconds': { type: 'string', default: '60' },
      words: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  const seed = Number(values.seed);
  const arrivalSeconds = Number(values['arrival-seconds']);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be 0..65535, not "${values.port}".`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not "${values.seed}".`);
  if (!(arrivalSeconds >= 0)) throw new Error(`--arrival-seconds must be a number >= 0.`);

  const sandbox = await startSandbox({ port, seed, arrivalEveryMs: arrivalSeconds * 1000, wordStatuses: values.words });
  console.log(`Sandbox listening on ${sandbox.url}`);
  console.log(`Demo token:   ${sandbox.demoToken}`);
  console.log(`Demo user id: ${sandbox.demoUserId}`);
  console.log(`Try: printf %s ${sandbox.demoToken} | npm run cli -- tasks --base-url ${sandbox.url} --token-stdin --user-id ${sandbox.demoUserId}`);
  if (arrivalSeconds > 0) console.log(`A new to-do task arrives every ${arrivalSeconds} s.`);
  // The knobs need this run's secret, so a web page open in a browser cannot use them.
  console.log(`Control:      curl -H '${CONTROL_HEADER}: ${sandbox.controlSecret}' -d '{"kind":"rate-limited","times":1}' ${sandbox.url}/__sandbox/fault`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the sandbox.`);
    void sandbox.close().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`Sandbox failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
