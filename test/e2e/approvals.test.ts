import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eShouldRun, openApp, startHarness, type AppPage, type E2eHarness } from './support/browser';
import { demoScenario } from './support/demo-data';
import { detailedTasks, WAITING_HOURS, withApprovals } from './support/approval-data';
import { findLayoutProblems } from './support/layout-checks';
import type { BridgeScenario } from './support/test-bridge';

// Issue #11 in the built window, in real Chromium at 400×620, with the test bridge standing in
// for main (a fake undo window included). Each flow runs in English with the light theme and in
// Chinese with the dark one. The real-size test photographs the same states in all four
// combinations (support/window-states.ts).

const VARIANTS = [
  { lang: 'en', locale: 'en-US', theme: 'light' },
  { lang: 'zh', locale: 'zh-CN', theme: 'dark' },
] as const;

const WORDS = {
  en: { approve: 'Approve', reject: 'Reject…', rejectSubmit: 'Reject', undo: 'Undo', dismiss: 'Dismiss', open: 'Open in Feishu', back: 'Back to tasks', more: 'More actions', waiting3d: 'waiting 3 days', undone: 'Undone. Nothing was sent.', reasonNeeded: 'Write a reason to reject.', countdown: /sends in \d s/, filter: 'Filter and sort', order: 'Order', longest: 'Longest waiting first', signature: 'handwritten signature', settings: 'Settings', act: 'Approve and reject from the app', continue: 'Continue in browser', working: 'Working.', days: /\d days/ },
  zh: { approve: '同意', reject: '拒绝…', rejectSubmit: '拒绝', undo: '撤销', dismiss: '知道了', open: '在飞书中打开', back: '返回任务列表', more: '更多操作', waiting3d: '等待 3 天', undone: '已撤销，没有发送。', reasonNeeded: '请填写拒绝理由。', countdown: /\d 秒后发送/, filter: '筛选和排序', order: '顺序', longest: '等待最久在前', signature: '手写签名', settings: '设置', act: '在应用中同意和拒绝', continue: '在浏览器中继续', working: '可用。', days: /\d 天/ },
} as const;

const calls = async (app: AppPage, method: string) => (await app.calls()).filter((call) => call.method === method);
const rowIds = (page: Page) => page.locator('[data-task-row]').evaluateAll((els) => els.map((el) => el.getAttribute('data-task-row')!));

describe.runIf(e2eShouldRun())('deciding from the window', { timeout: 60_000 }, () => {
  let harness: E2eHarness;
  let app: AppPage | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await harness?.close();
  });

  for (const variant of VARIANTS) {
    const words = WORDS[variant.lang];
    const start = async (options: Parameters<typeof withApprovals>[2] = {}, tweak: (scenario: BridgeScenario) => void = () => undefined) => {
      await app?.close();
      const now = Date.now();
      const scenario = withApprovals(demoScenario(now), now, options);
      tweak(scenario);
      app = await openApp(harness, scenario, { locale: variant.locale, colorScheme: variant.theme });
      await app.page.locator('[data-task-row]').first().waitFor();
      return { page: app.page, scenario };
    };

    describe(`${variant.lang}, ${variant.theme}`, () => {
      it('shows decision-ready rows longest waiting first, with summaries, amounts in their currency and overdue marks', async () => {
        const { page, scenario } = await start();
        const detailed = detailedTasks(scenario);
        // Longest waiting first; rows without details follow, newest first.
        const order = [...detailed].sort((a, b) => a.details!.waitingSince! - b.details!.waitingSince!).map((task) => task.id);
        expect((await rowIds(page)).slice(0, order.length)).toEqual(order);
        const first = page.locator('[data-task-row]').first();
        expect(await first.locator('.waiting').textContent()).toContain(words.waiting3d);
        // Overdue is said by an icon and words, not by colour alone.
        expect(await first.locator('[data-overdue="red"] svg').count()).toBe(1);
        expect(await first.locator('[data-overdue="red"] .visually-hidden').textContent()).toMatch(/72/);
        expect(await page.locator('[data-overdue="amber"] svg').count()).toBe(WAITING_HOURS.filter((h) => h >= 24 && h < 72).length);
        expect(await page.locator('[data-overdue="none"]').count()).toBe(WAITING_HOURS.filter((h) => h < 24).length);
        // Summaries on one line, at most three; an amount with its currency symbol.
        const summaries = await page.getByTestId('row-summary').allTextContents();
        expect(summaries.length).toBeGreaterThan(0);
        for (const line of summaries) expect(line.split(' · ').length).toBeLessThanOrEqual(3);
        expect(summaries.some((line) => /[¥$]\s?[\d,]+\.\d\d/.test(line))).toBe(true);
        const box = (await page.getByTestId('row-summary').first().boundingBox())!;
        expect(box.height).toBeLessThan(20);
        expect(await findLayoutProblems(page)).toEqual([]);
        // The order says so; where no waiting time is known (Done) it is not offered.
        await page.getByRole('button', { name: words.filter }).click();
        const orderField = page.getByLabel(words.order, { exact: true });
        expect(await orderField.locator('option:checked').textContent()).toBe(words.longest);
        await page.getByRole('tab').nth(1).click();
        await page.locator('[data-task-row]').first().waitFor();
        expect(await orderField.locator('option').allTextContents()).not.toContain(words.longest);
      });

      it('opens the detail view: the form read-only by kind, the history with comments, the number, and a footer that stays in view', async () => {
        const { page, scenario } = await start();
        const expense = detailedTasks(scenario).find((task) => task.definition.name === '费用报销' && task.details!.action.can)!;
        await page.locator(`[data-task-row="${expense.id}"] .task-open`).click();
        await page.getByTestId('detail-form').waitFor();
        // Once, although StrictMode runs the effect twice: a detail not cached costs an API call.
        expect(await calls(app!, 'getDetail')).toEqual([{ method: 'getDetail', request: { topic: '1', taskId: expense.id } }]);
        const detail = scenario.details![expense.id]!;
        expect(await page.locator('.detail-serial').textContent()).toBe(detail.serialNumber);
        expect(await page.locator('.form-field[data-kind="amount"] dd').textContent()).toMatch(/[¥$][\d,]+\.\d\d/);
        expect(await page.locator('.form-field[data-kind="attachments"] .attachment').allTextContents()).toEqual(['invoice-0412.pdf', 'hotel-receipt.jpg']);
        expect(await page.locator('.timeline-comment').allTextContents()).toEqual([detail.timeline[1]!.comment]);
        // An attachment opens the approval in Feishu, where the file is.
        await page.locator('.attachment').first().click();
        await expect.poll(() => calls(app!, 'openTask')).toEqual([{ method: 'openTask', request: { topic: '1', taskId: expense.id, link: 'pc' } }]);
        // The footer sits at the bottom of the window, whatever the form's length.
        const footer = (await page.getByTestId('detail-footer').boundingBox())!;
        expect(footer.y + footer.height).toBeGreaterThan(600);
        expect(footer.y + footer.height).toBeLessThanOrEqual(620);
        expect(await page.getByTestId('detail-footer').getByRole('button', { name: words.approve, exact: true }).isVisible()).toBe(true);
        expect(await findLayoutProblems(page)).toEqual([]);
        await page.getByTestId('detail-footer').getByRole('button', { name: words.open }).click();
        await expect.poll(() => calls(app!, 'openTask').then((found) => found.length)).toBe(2);
        // A leave request: its dates as a range with the number of days.
        await page.keyboard.press('Escape');
        const leave = detailedTasks(scenario).find((task) => task.definition.name === '请假');
        if (leave) {
          await page.locator(`[data-task-row="${leave.id}"] .task-open`).click();
          await page.locator('.form-field[data-kind="dateRange"]').waitFor();
          expect(await page.locator('.form-field[data-kind="dateRange"] dd').textContent()).toMatch(words.days);
          await page.getByRole('button', { name: words.back }).click();
        }
        // A task that needs a signature: no Approve, the reason, and Open in Feishu.
        const signature = detailedTasks(scenario).find((task) => task.details!.action.can === false && (task.details!.action as { reason: string }).reason === 'signature')!;
        await page.locator(`[data-task-row="${signature.id}"] .task-open`).click();
        await page.getByTestId('detail-footer').waitFor();
        expect(await page.getByTestId('detail-footer').textContent()).toContain(words.signature);
        expect(await page.getByTestId('detail-footer').getByRole('button', { name: words.approve, exact: true }).count()).toBe(0);
      });

      it('approves with A behind a visible undo window; Undo and Ctrl+Z cancel it, nothing is sent', async () => {
        const { page } = await start({ undoMs: 5000 });
        const first = (await rowIds(page))[0]!;
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('a');
        const bar = page.getByTestId('decision-pending');
        await bar.waitFor();
        expect(await bar.textContent()).toMatch(words.countdown);
        expect(await page.locator(`[data-task-row="${first}"] .chip`).count()).toBe(1);
        await bar.getByRole('button', { name: words.undo }).click();
        await page.getByText(words.undone).waitFor();
        expect(await bar.count()).toBe(0);
        // Again, undone from the keyboard this time.
        await page.locator(`[data-task-row="${first}"] .task-open`).focus();
        await page.keyboard.press('a');
        await bar.waitFor();
        await page.keyboard.press('Control+z');
        await expect.poll(() => bar.count()).toBe(0);
        expect(await calls(app!, 'undoDecision')).toHaveLength(2);
        // Past the undo window, nothing went out and the task is still there.
        await page.waitForTimeout(5500);
        expect(await calls(app!, 'sent')).toEqual([]);
        expect(await rowIds(page)).toContain(first);
      }, 30_000);

      it('approves for real once the undo window has passed: the row leaves and the count follows', async () => {
        const { page, scenario } = await start({ undoMs: 1200 });
        const first = (await rowIds(page))[0]!;
        const before = scenario.topics['1']!.tasks.length;
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('a');
        await page.getByTestId('decision-pending').waitFor();
        await expect.poll(() => calls(app!, 'sent'), { timeout: 5000 }).toEqual([{ method: 'sent', request: { taskId: first, action: 'approve', ok: true } }]);
        await expect.poll(async () => (await rowIds(page)).includes(first)).toBe(false);
        await expect.poll(() => page.getByRole('tab').first().textContent()).toContain(String(before - 1));
        expect(await page.getByTestId('decision-pending').count()).toBe(0);
      });

      it("opens the detail view with Approve focused when a notification's Review asks, and A approves there", async () => {
        const { page, scenario } = await start({ undoMs: 5000 });
        const task = detailedTasks(scenario).find((candidate) => candidate.details!.action.can)!;
        await page.evaluate((taskId) => window.__bridge!.emit('nav:show-task', { topic: '1', taskId, view: 'detail' }), task.id);
        const approve = page.getByTestId('detail-footer').getByRole('button', { name: words.approve, exact: true });
        await approve.waitFor();
        await expect.poll(() => approve.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.locator('body').press('a');
        await page.getByTestId('decision-pending').waitFor();
        expect(await calls(app!, 'decide')).toEqual([{ method: 'decide', request: { taskId: task.id, action: 'approve', comment: null } }]);
        // Back in the list, where the row says it is on its way and the bar counts down.
        await page.locator(`[data-task-row="${task.id}"] .chip`).waitFor();
        expect(await page.getByTestId('detail-screen').count()).toBe(0);
      });

      it('rejects only with a reason, asked for in a dialog', async () => {
        const { page } = await start({ undoMs: 5000 });
        const first = (await rowIds(page))[0]!;
        await page.locator(`[data-task-row="${first}"] .task-more`).click();
        await page.getByRole('menuitem', { name: words.reject }).click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        await dialog.getByRole('button', { name: words.rejectSubmit, exact: true }).click();
        await dialog.getByText(words.reasonNeeded).waitFor();
        expect(await calls(app!, 'decide')).toEqual([]);
        await dialog.getByRole('textbox').fill('预算不足 / over budget');
        await dialog.getByRole('button', { name: words.rejectSubmit, exact: true }).click();
        await page.getByTestId('decision-pending').waitFor();
        expect(await calls(app!, 'decide')).toEqual([{ method: 'decide', request: { taskId: first, action: 'reject', comment: '预算不足 / over budget' } }]);
        expect(await dialog.count()).toBe(0);
        // R on a row opens the same dialog; Esc closes it and leaves the window where it was.
        await page.getByTestId('decision-pending').getByRole('button', { name: words.undo }).click();
        await page.locator(`[data-task-row="${first}"] .task-open`).focus();
        await page.keyboard.press('r');
        await dialog.waitFor();
        await page.keyboard.press('Escape');
        expect(await dialog.count()).toBe(0);
        expect(await calls(app!, 'hideWindow')).toEqual([]);
      });

      it('brings a failed decision back with the reason, Open in Feishu and Dismiss', async () => {
        const reason = variant.lang === 'zh' ? '这条审批已被他人处理。' : 'Someone else already handled this approval.';
        const { page } = await start({ undoMs: 800 }, (scenario) => {
          const first = [...detailedTasks(scenario)].sort((a, b) => a.details!.waitingSince! - b.details!.waitingSince!)[0]!;
          scenario.decisionFailures = { [first.id]: { message: reason, openInFeishu: true } };
        });
        const first = (await rowIds(page))[0]!;
        await page.locator(`[data-task-row="${first}"] .task-open`).click();
        await page.getByTestId('detail-footer').getByRole('button', { name: words.approve, exact: true }).click();
        // Approved from the detail view: back to the list, where the countdown runs.
        await page.locator('[data-task-row]').first().waitFor();
        const failed = page.getByTestId('decision-failed');
        await failed.waitFor({ timeout: 5000 });
        expect(await failed.textContent()).toContain(reason);
        expect(await rowIds(page)).toContain(first);
        expect(await findLayoutProblems(page)).toEqual([]);
        await failed.getByRole('button', { name: words.open }).click();
        await expect.poll(() => calls(app!, 'openTask')).toEqual([{ method: 'openTask', request: { topic: '1', taskId: first, link: 'pc' } }]);
        await failed.getByRole('button', { name: words.dismiss }).click();
        await expect.poll(() => failed.count()).toBe(0);
        expect(await calls(app!, 'dismissDecision')).toEqual([{ method: 'dismissDecision', request: { taskId: first } }]);
      });

      it('turns on approving from the app only after saying a browser sign-in follows, and keeps it off when refused', async () => {
        const { page } = await start({}, (scenario) => {
          scenario.settings = { ...scenario.settings, approvals: { ...scenario.settings.approvals, actFromApp: false } };
          scenario.state = { ...scenario.state, approvals: { details: { active: true, missingScopes: [] }, act: { active: false, missingScopes: ['approval:task:write'] } } };
        });
        await page.getByRole('button', { name: words.settings }).click();
        const section = page.getByTestId('settings-approvals');
        await section.scrollIntoViewIfNeeded();
        expect(await section.textContent()).toContain('approval:task:write');
        await section.getByLabel(words.act).check();
        await section.getByRole('button', { name: words.continue }).waitFor();
        expect(await calls(app!, 'grantScopes')).toEqual([]);
        await section.evaluate((el) => el.scrollIntoView({ block: 'end' }));
        expect(await findLayoutProblems(page)).toEqual([]);
        await section.getByRole('button', { name: words.continue }).click();
        await expect.poll(() => calls(app!, 'grantScopes')).toEqual([{ method: 'grantScopes', request: { feature: 'act' } }]);
        await expect.poll(() => section.getByLabel(words.act).isChecked()).toBe(false);
        expect(await section.getByTestId('grant-error').textContent()).toContain('you declined the permission');
        expect((await calls(app!, 'updateSettings')).filter((call) => JSON.stringify(call.request).includes('"actFromApp":true'))).toEqual([]);
      });

      it('shows approving from the app as working once the browser sign-in granted the scope', async () => {
        const { page } = await start({}, (scenario) => {
          scenario.settings = { ...scenario.settings, approvals: { ...scenario.settings.approvals, actFromApp: false } };
          scenario.state = { ...scenario.state, approvals: { details: { active: true, missingScopes: [] }, act: { active: false, missingScopes: ['approval:task:write'] } } };
          scenario.grantOutcome = 'granted';
        });
        await page.getByRole('button', { name: words.settings }).click();
        const section = page.getByTestId('settings-approvals');
        await section.getByLabel(words.act).check();
        await section.getByRole('button', { name: words.continue }).click();
        await expect.poll(() => section.getByLabel(words.act).isChecked()).toBe(true);
        await expect.poll(() => section.getByTestId('approval-part').nth(1).textContent()).toContain(words.working);
        expect(await section.getByRole('button', { name: words.continue }).count()).toBe(0);
        expect(await calls(app!, 'grantScopes')).toEqual([{ method: 'grantScopes', request: { feature: 'act' } }]);
      });
    });
  }
});
