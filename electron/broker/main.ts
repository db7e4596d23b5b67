import { readFileSync } from 'node:fs';
import { BrokerConfigError, readBrokerConfig } from './broker-config';
import { startBroker } from './broker-server';

// `npm run broker` (from the sources) or `node out/broker/index.mjs` (built): an organisation's
// token broker. Configuration from the environment (docs/token-broker.md). Prints
// `listening http://HOST:PORT` once ready; Ctrl+C or SIGTERM stops it.

async function main(): Promise<void> {
  let config;
  try {
    config = readBrokerConfig({ env: process.env, readFile: (path) => readFileSync(path, 'utf8') });
  } catch (error) {
    if (!(error instanceof BrokerConfigError)) throw error;
    process.stderr.write(`broker: ${error.message}\n`);
    process.exit(2);
  }
  const broker = await startBroker(config, {
    fetch: (url, init) => fetch(url, init),
    now: Date.now,
    log: (line) => void process.stdout.write(`${line}\n`),
  });
  process.stdout.write(`listening ${broker.url}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void broker.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // Only listen errors reach here (EADDRINUSE, EACCES): their messages hold no secret.
  const code = (error as NodeJS.ErrnoException).code;
  process.stderr.write(`broker: could not start (${code ?? (error instanceof Error ? error.message : String(error))}).\n`);
  process.exit(1);
});
