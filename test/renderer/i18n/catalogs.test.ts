import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { zh } from '../../../renderer/src/i18n/zh';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';

const SOURCE = resolve(import.meta.dirname, '../../../renderer/src');

function flatten(catalog: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const enKeys = flatten(en);
const zhKeys = flatten(zh);
const code = sourceFiles(SOURCE).filter((file) => !file.includes(`${join('src', 'i18n')}`));

describe('message catalogs', () => {
  it('have the same keys in zh and en, none empty, same placeholders', () => {
    expect([...zhKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
    for (const [key, text] of enKeys) {
      expect(text.trim(), key).not.toBe('');
      expect(zhKeys.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(zhKeys.get(key)!), key).toEqual(placeholders(text));
    }
  });

  it('contain every key the source asks for, in both languages', () => {
    const used = new Set<string>();
    const prefixes = new Set<string>();
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(match[1]!);
      for (const match of text.matchAll(/\bt\(\s*`([\w.-]+)\.\$\{/g)) prefixes.add(match[1]!);
      for (const match of text.matchAll(/`((?:topics|empty)\.)\$\{/g)) prefixes.add(match[1]!.slice(0, -1));
    }
    expect(used.size).toBeGreaterThan(50);
    const instances = { en: createI18n('en'), zh: createI18n('zh') };
    for (const key of used) {
      expect(instances.en.exists(key), `en ${key}`).toBe(true);
      expect(instances.zh.exists(key), `zh ${key}`).toBe(true);
    }
    for (const prefix of prefixes) {
      expect([...enKeys.keys()].some((key) => key.startsWith(`${prefix}.`)), prefix).toBe(true);
    }
  });

  it('are the only place user-facing text lives (no literal JSX text or labels)', () => {
    const offenders: string[] = [];
    for (const file of code.filter((f) => f.endsWith('.tsx'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/>\s*([^<>{}()=;]*[A-Za-z\u4e00-\u9fff][^<>{}()=;]*?)\s*<\//g)) offenders.push(`${file}: ${match[1]}`);
      for (const match of text.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*[A-Za-z\u4e00-\u9fff][^"]*)"/g)) offenders.push(`${file}: ${match[0]}`);
    }
    expect(offenders).toEqual([]);
  });

  it('fail loudly on a missing key rather than show it', () => {
    const i18n = createI18n('zh');
    expect(i18n.exists('app.title')).toBe(true);
    expect(i18n.exists('app.noSuchKey' as 'app.title')).toBe(false);
    expect(i18n.t('topics.todo')).toBe('待办');
    expect(createI18n('en').t('topics.todo')).toBe('To-do');
  });
});
