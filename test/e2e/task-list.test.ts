import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eShouldRun, openApp, startHarness, type AppPage, type E2eHarness } from './support/browser';
import { demoScenario, HOSTILE_TITLES } from './support/demo-data';

// The built renderer in real Chromium, with the recording test bridge standing in for main.
describe.runIf(e2eShouldRun())('task list in Chromium', { timeout: 60_000 }, () => {
  let harness: E2eHarness;
  let app: AppPage;
  let scenario: ReturnType<typeof demoScenario>;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  const start = async () => {
    await app?.close();
    scenario = demoScenario(Date.now());
    app = await openApp(harness, scenario);
    await app.page.locator('[data-task-row]').first().waitFor();
    return app.page;
  };

  it('shows four tabs with counts, and moves between them with ←/→ as the tabs pattern says', async () => {
    const page = await start();
    const tabs = page.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['To-do42', 'Done999+', 'Sent18', 'CC7']);
    await page.getByRole('tab', { name: /Sent/ }).click();
    const initiated = scenario.topics['3']!.tasks.map((task) => task.id);
    await expect.poll(async () => initiated.includes((await page.locator('[data-task-row]').first().getAttribute('data-task-row')) ?? '')).toBe(true);
    expect(await page.getByRole('tab', { name: /Sent/ }).getAttribute('aria-selected')).toBe('true');
    // Only the selected tab is in the Tab order; arrows move and wrap.
    expect(await tabs.evaluateAll((els) => els.map((el) => el.getAttribute('tabindex')))).toEqual(['-1', '-1', '0', '-1']);
    await page.getByRole('tab', { name: /Sent/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tab'))).toBe('cc');
    expect(await page.getByRole('tab', { name: /CC/ }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: /To-do/ }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: /CC/ }).getAttribute('aria-selected')).toBe('true');
    // No "N shown" unless a filter narrows the list.
    expect(await page.locator('.shown-count').count()).toBe(0);
  });

  it('shows unread CCs first in the one CC tab, and filters to unread only', async () => {
    await app?.close();
    scenario = demoScenario(Date.now(), { '17': 4, '18': 6 });
    app = await openApp(harness, scenario);
    const page = app.page;
    await page.getByRole('tab').first().waitFor();
    await page.keyboard.press('4');
    await expect.poll(() => page.locator('[data-task-row]').count()).toBe(10);
    const ids = await page.locator('[data-task-row]').evaluateAll((els) => els.map((el) => el.getAttribute('data-task-row')!));
    expect(ids.slice(0, 4).every((id) => id.startsWith('17') || scenario.topics['17']!.tasks.some((task) => task.id === id))).toBe(true);
    expect(await page.locator('[data-task-row] .chip').allTextContents()).toEqual(['Unread', 'Unread', 'Unread', 'Unread']);
    await page.getByRole('button', { name: 'Filter and sort' }).click();
    await page.getByLabel('Unread only').check();
    await page.getByText('4 shown').waitFor();
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => page.locator('[data-task-row]').count()).toBe(10);
  });

  it('keeps only the visible rows of 1,200 tasks in the DOM and scrolls', async () => {
    const page = await start();
    await page.getByRole('tab', { name: /Done/ }).click();
    await page.locator('[data-task-row]').first().waitFor();
    const inDom = await page.locator('[data-task-row]').count();
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(40);
    await page.getByTestId('task-scroller').evaluate((el) => el.scrollTo(0, 72 * 1000));
    await expect.poll(() => page.locator('[data-index="1000"]').count()).toBe(1);
  });

  it('clears a "new" dot once its row was on screen for a moment; a row below the fold keeps its dot', async () => {
    await app?.close();
    scenario = demoScenario(Date.now());
    // Only the newest row (at the top) and the oldest (at the bottom, far below the fold) are new.
    const todo = scenario.topics['1']!;
    const byAge = [...todo.tasks].sort((a, b) => b.firstSeenAt - a.firstSeenAt);
    const [top, bottom] = [byAge[0]!.id, byAge.at(-1)!.id];
    scenario.topics['1'] = { ...todo, tasks: todo.tasks.map((task) => ({ ...task, isNew: task.id === top || task.id === bottom })) };
    app = await openApp(harness, scenario);
    const page = app.page;
    await page.bringToFront();
    const dot = (id: string) => page.locator(`[data-task-row="${id}"] .new-marker`);
    await dot(top).waitFor();
    await expect.poll(() => dot(top).count(), { timeout: 5000 }).toBe(0);
    const seen = (await app.calls()).filter((call) => call.method === 'markSeen');
    expect(seen).toEqual([{ method: 'markSeen', request: { topic: '1', taskIds: [top] } }]);
    // The bottom row was never on screen: scrolled to now, it still has its dot.
    await page.getByTestId('task-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await dot(bottom).waitFor();
  });

  it('filters as you type across title, definition and initiator', async () => {
    const page = await start();
    const search = page.getByRole('searchbox');
    expect(await page.locator('.shown-count').count()).toBe(0);
    await search.fill('alice');
    await page.locator('.shown-count').waitFor();
    await expect.poll(async () => (await page.locator('.task-initiators').allTextContents()).every((name) => name === 'Alice Chen')).toBe(true);
    await search.fill('报销');
    await expect.poll(async () => (await page.locator('.task-definition').allTextContents()).every((d) => d.includes('报销'))).toBe(true);
    await search.fill('nothing-like-this');
    await page.getByText('No tasks match “nothing-like-this”').waitFor();
  });

  it('sections by initiator, filters by approval type and sorts by first seen, all behind one filter button', async () => {
    const page = await start();
    expect(await page.getByLabel('Sections').count()).toBe(0);
    await page.getByRole('button', { name: 'Filter and sort' }).click();
    await page.getByLabel('Sections').selectOption('initiator');
    await expect.poll(() => page.locator('.group-header').count()).toBeGreaterThan(1);
    expect(await page.locator('.group-header').first().textContent()).toMatch(/^.+ \(\d+\)$/);
    await page.getByLabel('Sections').selectOption('none');
    const finance = await page.getByLabel('Approval type').locator('option', { hasText: /^财务 \(/ }).textContent();
    await page.getByLabel('Approval type').selectOption({ label: finance! });
    const count = Number(/\((\d+)\)/.exec(finance!)![1]);
    await page.getByText(`${count} shown`).waitFor();
    // The rows keep the approval's name only; its group is checked against the data behind them.
    const groupOf = new Map(scenario.topics['1']!.tasks.map((task) => [task.id, task.definition.groupName]));
    await expect.poll(async () => (await page.locator('[data-task-row]').evaluateAll((els) => els.map((el) => el.getAttribute('data-task-row')!))).every((id) => groupOf.get(id)?.startsWith('财务'))).toBe(true);
    await page.getByLabel('Approval type').selectOption('');
    await page.getByLabel('Order').selectOption('oldest');
    await expect.poll(() => page.locator('[data-task-row]').first().textContent()).not.toContain('<img');
    expect(await page.locator('.shown-count').count()).toBe(0);
    await page.getByLabel('Order').selectOption('newest');
    await expect.poll(() => page.locator('[data-task-row]').first().textContent()).toContain('<img');
  });

  it('opens a task through main on click, and explains a task with no link in plain words', async () => {
    const page = await start();
    await page.locator('[data-task-row="hostile-1"] .task-open').click();
    await expect.poll(() => app.calls().then((calls) => calls.filter((c) => c.method === 'openTask'))).toEqual([
      { method: 'openTask', request: { topic: '1', taskId: 'hostile-1', link: 'pc' } },
    ]);
    const unlinked = page.locator('[data-task-row]').filter({ hasText: 'No link' }).first();
    await unlinked.locator('.task-open').click();
    expect(await page.getByTestId('no-link-note').textContent()).toBe("Feishu sent no link the app can open for this approval. Find it in Feishu's approval centre.");
    expect((await app.calls()).filter((c) => c.method === 'openTask')).toHaveLength(1);
    // A way forward: copy its name and number (main copies); the demo has no approval centre.
    expect(await page.getByRole('menuitem').allTextContents()).toEqual(['Copy name and number']);
    const id = await unlinked.getAttribute('data-task-row');
    await page.getByRole('menuitem', { name: 'Copy name and number' }).click();
    await expect.poll(() => app.calls().then((calls) => calls.filter((c) => c.method === 'copySummary'))).toEqual([{ method: 'copySummary', request: { topic: '1', taskId: id } }]);
    await page.getByText("Copied the approval's name and number.").waitFor();
  });

  it('offers mobile link and copy in the row menu', async () => {
    const page = await start();
    await page.getByRole('button', { name: `More actions for ${HOSTILE_TITLES[1]}` }).click();
    const menu = page.getByRole('menu');
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Open in Feishu', 'Open mobile link', 'Copy link']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open in Feishu');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open mobile link');
    await page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('menu');
    expect((await app.calls()).some((c) => c.method === 'hideWindow')).toBe(false);
    await page.getByRole('button', { name: `More actions for ${HOSTILE_TITLES[1]}` }).click();
    await menu.getByRole('menuitem', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Link copied.');
    const copies = (await app.calls()).filter((c) => c.method === 'copyLink');
    expect(copies).toEqual([{ method: 'copyLink', request: { topic: '1', taskId: 'hostile-1', link: 'pc' } }]);
  });

  it('works from the keyboard: ↓/↑, Enter, / to search, 1–4 for tabs, Esc', async () => {
    const page = await start();
    // The rows on screen are reported seen after a second and the topic comes back redrawn; let
    // that settle first, so the keys below are not raced by it.
    await expect.poll(async () => (await app.calls()).some((c) => c.method === 'markSeen'), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(300);
    // Each key's effect is awaited: on a loaded machine a redraw can land between two presses.
    const focusedRow = () => page.evaluate(() => document.activeElement?.closest('[data-task-row]')?.getAttribute('data-task-row'));
    for (const [key, row] of [['ArrowDown', 'hostile-0'], ['ArrowDown', 'hostile-1'], ['ArrowUp', 'hostile-0'], ['ArrowDown', 'hostile-1']] as const) {
      await page.keyboard.press(key);
      await expect.poll(focusedRow, { timeout: 5_000 }).toBe(row);
    }
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await app.calls()).filter((c) => c.method === 'openTask').map((c) => (c.request as { taskId: string }).taskId)).toEqual(['hostile-1']);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('zzz');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('searchbox').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await page.keyboard.press('4');
    expect(await page.getByRole('tab', { name: /CC/ }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await app.calls()).some((c) => c.method === 'hideWindow')).toBe(true);
  });

  it('shows a hostile title as text and runs none of it', async () => {
    const page = await start();
    for (const title of HOSTILE_TITLES) expect(await page.getByText(title, { exact: true }).count()).toBe(1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('#root script').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(app.dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
