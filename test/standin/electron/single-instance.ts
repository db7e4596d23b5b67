import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import type { Server } from 'node:net';
import { join } from 'node:path';

// app.requestSingleInstanceLock across processes, as Electron does it on Linux: a lock file
// and a Unix socket in userData. The second start gets false and tells the first its argv and
// working directory; the first emits 'second-instance'.

export interface SecondInstance {
  argv: string[];
  workingDirectory: string;
  additionalData: unknown;
}

export interface SingleInstanceLock {
  acquired: boolean;
  /** The second start's message on its way (await before exiting). */
  delivered: Promise<void>;
  release(): void;
}

export function requestLock(userData: string, additionalData: unknown, onSecond: (second: SecondInstance) => void): SingleInstanceLock {
  mkdirSync(userData, { recursive: true });
  const lockFile = join(userData, 'SingletonLock');
  const socketPath = join(userData, 'SingletonSocket');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (isAlive(Number(readFileSync(lockFile, 'utf8')))) return second(socketPath, additionalData);
      rmSync(lockFile, { force: true });
      continue;
    }
    rmSync(socketPath, { force: true });
    const server = listen(socketPath, onSecond);
    const release = () => {
      server.close();
      rmSync(lockFile, { force: true });
      rmSync(socketPath, { force: true });
    };
    process.once('exit', release);
    return { acquired: true, delivered: Promise.resolve(), release };
  }
  throw new Error('electron stand-in: could not take the single instance lock');
}

function second(socketPath: string, additionalData: unknown): SingleInstanceLock {
  const message = JSON.stringify({ argv: process.argv, workingDirectory: process.cwd(), additionalData });
  const delivered = new Promise<void>((resolve) => {
    const socket = connect(socketPath, () => socket.end(message));
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
  });
  return { acquired: false, delivered, release: () => undefined };
}

function listen(socketPath: string, onSecond: (second: SecondInstance) => void): Server {
  const server = createServer((socket) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => {
      try {
        onSecond(JSON.parse(text) as SecondInstance);
      } catch {
        // Not a second instance's message: ignore it, as Electron does.
      }
    });
  });
  server.listen(socketPath);
  server.unref();
  return server;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
