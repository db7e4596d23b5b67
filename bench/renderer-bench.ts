// The window's cost with big lists, measured in Debian's Chromium: the built renderer, a test
// bridge holding back each topic's data until released, then the time from release until the
// rows are in the DOM and until the frame after that has been painted. "Cold" is the first data
// after the window opened (nothing compiled yet); "tab switch" is a second topic of the same
// size arriving after that. Also the DOM row count (the virtual list keeps it flat) and the time
// a search keystroke takes to show its result.
import type { Page } from 'playwright-core';
import { openApp, startHarness, type E2eHarness } from '../test/e2e/support/browser';
import { demoScenario } from '../test/e2e/support/demo-data';
import { median, type BenchRow } from './measure';

const SIZES = [500, 5_000];
// BENCH_ROUNDS=1 gives a quick, rougher figure on a busy machine.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const SETTLE_MS = 300;

interface RoundResult {
  /** Navigation start → the first row painted, data answered at once (the user's cold open). */
  coldOpenMs: number;
  domMs: number;
  paintMs: number;
  rows: number;
  switchMs: number;
  searchMs: number;
}

/** Runs in the page: release the held data, wait for rows, then for the next painted frame. */
function timeFirstPaint(page: Page): Promise<{ domMs: number; paintMs: number; rows: number }> {
  return page.evaluate(
    () =>
      new Promise<{ domMs: number; paintMs: number; rows: number }>((resolve) => {
        const start = performance.now();
        let domMs = 0;
        const afterPaint = () =>
          requestAnimationFrame(() =>
            setTimeout(() => resolve({ domMs, paintMs: performance.now() - start, rows: document.querySelectorAll('[data-task-row]').length }), 0),
          );
        const observer = new MutationObserver(() => {
          if (!document.querySelector('[data-task-row]')) return;
          observer.disconnect();
          domMs = performance.now() - start;
          afterPaint();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        window.__bridge!.release();
      }),
  );
}

/** Runs in the page: type a word into search and wait until the shown count has changed and painted. */
function timeSearch(page: Page, word: string): Promise<number> {
  return page.evaluate(
    (text) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
        // "N shown" appears once the search narrows the list; watch the panel for it.
        const counter = document.querySelector('.task-panel')!;
        const before = counter.textContent;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (counter.textContent === before) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        });
        observer.observe(counter, { childList: true, subtree: true, characterData: true });
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    word,
  );
}

// Runs in the page before the app: notes when the first row is in the DOM, then when that frame
// has been painted, both as ms since navigation started.
const FIRST_ROW_TIMER = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-task-row]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__firstRowPaintedAt = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true });
`;

/** A fresh window whose data answers at once: navigation → first row painted. */
async function timeColdOpen(harness: E2eHarness, size: number): Promise<number> {
  const scenario = demoScenario(Date.now(), { '1': size, '2': 0, '3': 0, '17': 0, '18': 0 });
  const app = await openApp(harness, scenario, { initScripts: [FIRST_ROW_TIMER] });
  try {
    const handle = await app.page.waitForFunction(() => (window as { __firstRowPaintedAt?: number }).__firstRowPaintedAt);
    return (await handle.jsonValue()) as number;
  } finally {
    await app.close();
  }
}

async function runRound(harness: E2eHarness, size: number): Promise<RoundResult> {
  const coldOpenMs = await timeColdOpen(harness, size);
  const scenario = { ...demoScenario(Date.now(), { '1': size, '2': size, '3': 0, '17': 0, '18': 0 }), holdTopics: true };
  const app = await openApp(harness, scenario);
  const asked = (times: number) =>
    app.page.waitForFunction((n) => (window.__bridge?.calls.filter((call) => call.method === 'getTopic').length ?? 0) >= n, times);
  try {
    await app.page.getByRole('tab').first().waitFor();
    await asked(1);
    // Real data takes a network round trip; let the page finish its start-up work first, or the
    // figure measures start-up rather than the render.
    await app.page.waitForTimeout(SETTLE_MS);
    const paint = await timeFirstPaint(app.page);
    await app.page.keyboard.press('2');
    await asked(2);
    await app.page.waitForTimeout(SETTLE_MS);
    const tabSwitch = await timeFirstPaint(app.page);
    const searchMs = await timeSearch(app.page, 'alice');
    return { ...paint, coldOpenMs, switchMs: tabSwitch.paintMs, searchMs };
  } finally {
    await app.close();
  }
}

function summarise(size: number, results: RoundResult[]): BenchRow {
  const paintMs = median(results.map((r) => r.paintMs));
  return {
    name: `window, ${size.toLocaleString('en')} tasks (Chromium)`,
    values: {
      'cold open: navigation → first row painted ms': median(results.map((r) => r.coldOpenMs)).toFixed(1),
      'cold: data → rows in DOM ms': median(results.map((r) => r.domMs)).toFixed(1),
      'cold: data → first paint ms': paintMs.toFixed(1),
      'tab switch: data → first paint ms': median(results.map((r) => r.switchMs)).toFixed(1),
      'DOM rows': String(median(results.map((r) => r.rows))),
      'search keystroke → paint ms': median(results.map((r) => r.searchMs)).toFixed(1),
      target: size === 5_000 ? `first paint < 50 ms: ${paintMs < 50 ? 'met' : 'MISSED'}` : '',
    },
  };
}

export async function runRendererBench(): Promise<BenchRow[]> {
  const harness = await startHarness();
  const results = new Map<number, RoundResult[]>(SIZES.map((size) => [size, []]));
  try {
    // Round 0 warms the browser (fonts, caches) and is not counted; sizes alternate within a
    // round so drift in the machine hits both alike.
    for (let round = 0; round <= ROUNDS; round++) {
      for (const size of SIZES) {
        const result = await runRound(harness, size);
        if (round > 0) results.get(size)!.push(result);
      }
    }
  } finally {
    await harness.close();
  }
  return SIZES.map((size) => summarise(size, results.get(size)!));
}
