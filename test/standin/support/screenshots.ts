import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { StandinRecords } from '../electron/records';

// Screenshots of the running app for reviewers: the window as Chromium drew it, and the tray as
// the stand-in recorded it (its PNG and tooltip on a desktop panel drawn here; the OS's own tray
// rendering is not something the stand-in can show).

const DIR = resolve(import.meta.dirname, '../../e2e/screenshots');

export async function saveAppScreenshot(window: Page, records: StandinRecords, name: string): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const tray = records.tray.filter((entry) => !entry.destroyed).at(-1);
  const shot = (await window.screenshot()).toString('base64');
  if (tray) writeFileSync(resolve(DIR, `app-${name}-tray-icon.png`), Buffer.from(tray.png, 'base64'));
  const size = window.viewportSize() ?? { width: 400, height: 620 };
  const page = await window.context().newPage();
  try {
    await page.setViewportSize({ width: size.width + 80, height: size.height + 110 });
    await page.setContent(desktop(shot, tray?.png ?? '', tray?.toolTip ?? '(no tray icon)', size));
    await page.screenshot({ path: resolve(DIR, `app-${name}.png`) });
  } finally {
    await page.close();
  }
}

function desktop(windowPng: string, trayPng: string, toolTip: string, size: { width: number; height: number }): string {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<body style="margin:0;background:#3b4252;font:12px sans-serif">
  <div style="height:28px;background:#1f2329;display:flex;align-items:center;justify-content:flex-end;padding:0 12px;gap:8px;color:#eee">
    <span style="opacity:.6">tray (recorded by the stand-in)</span>
    ${trayPng ? `<img src="data:image/png;base64,${trayPng}" style="height:22px;image-rendering:pixelated">` : ''}
  </div>
  <div style="position:absolute;right:12px;top:32px;background:#fffbe6;color:#222;border:1px solid #999;padding:2px 6px;max-width:70%;white-space:pre-line;z-index:1">${escape(toolTip)}</div>
  <img src="data:image/png;base64,${windowPng}" style="position:absolute;left:40px;top:70px;width:${size.width}px;height:${size.height}px;box-shadow:0 4px 24px #0008">
</body>`;
}
