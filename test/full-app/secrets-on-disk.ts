import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `dir` whose bytes contain one of `secrets` (the app's home must have none). */
export async function filesContaining(dir: string, secrets: string[]): Promise<string[]> {
  const hits: string[] = [];
  const needles = secrets.filter(Boolean).flatMap((secret) => [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le')]);
  const walk = async (path: string): Promise<void> => {
    for (const entry of await readdir(path, { withFileTypes: true }).catch(() => [])) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        const bytes = await readFile(full).catch(() => Buffer.alloc(0));
        if (needles.some((needle) => bytes.includes(needle))) hits.push(full);
      }
    }
  };
  await walk(dir);
  return hits;
}
