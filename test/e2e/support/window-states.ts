import type { Page } from 'playwright-core';
import { demoScenario as fullDemo } from './demo-data';
import type { BridgeScenario } from './test-bridge';
import { detailedTasks, withApprovals } from './approval-data';

// Every screen and state a user can meet, as a scenario for the test bridge plus the steps that
// get the window there. The real-size test photographs and checks each of them in both
// languages and both themes.

export interface WindowState {
  name: string;
  scenario(now: number): BridgeScenario;
  /** Brings the window to the state and waits until it shows. */
  reach(page: Page): Promise<void>;
}

/**
 * The demo window with the done tab's 1,200 tasks cut to 60 (its tab still says 999+): the
 * photographs show the first rows only, and a smaller page opens faster on a busy machine.
 */
function demoScenario(now: number, sizes: Parameters<typeof fullDemo>[1] = {}) {
  const scenario = fullDemo(now, { '2': 60, ...sizes });
  scenario.state.counts['2'] = { total: 999, capped: true };
  return scenario;
}

const firstRow = (page: Page) => page.locator('[data-task-row]').first().waitFor();
const tab = (key: string) => async (page: Page) => {
  await page.getByRole('tab').first().waitFor();
  await page.keyboard.press(key);
  await firstRow(page);
};
const settings = async (page: Page) => {
  await page.locator('.app-header .icon-button').nth(1).click();
  await page.locator('.settings-section').first().waitFor();
};
/** Issue #11: the demo with decision-ready to-do rows; decisions wait `undoMs` before they go out. */
const approvals = (now: number, options: Parameters<typeof withApprovals>[2] = {}) => withApprovals(demoScenario(now), now, options);
const longestWaiting = (scenario: BridgeScenario) => [...detailedTasks(scenario)].sort((a, b) => a.details!.waitingSince! - b.details!.waitingSince!)[0]!;
const onFirstRow = (key: string, then: string) => async (page: Page) => {
  await firstRow(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(key);
  await page.locator(then).first().waitFor();
};
const offline = (now: number, lastSuccessAt: number | null) => ({ kind: 'offline' as const, lastSuccessAt, retryAt: now + 90_000, message: 'connect ECONNREFUSED open.feishu.cn' });

export const WINDOW_STATES: WindowState[] = [
  { name: 'approvals-rows', scenario: (now) => approvals(now), reach: firstRow },
  {
    name: 'approvals-detail',
    scenario: (now) => approvals(now),
    reach: async (page) => {
      await firstRow(page);
      await page.locator('[data-task-row] .task-open').first().click();
      await page.getByTestId('detail-form').waitFor();
    },
  },
  {
    name: 'approvals-detail-signature',
    scenario: (now) => approvals(now),
    reach: async (page) => {
      await firstRow(page);
      // The one to-do that needs a handwritten signature is the longest-waiting row not yet overdue
      // (approval-data.ts): its footer says so instead of offering Approve.
      await page.locator('[data-task-row]').filter({ has: page.locator('[data-overdue="none"]') }).first().locator('.task-open').click();
      await page.getByTestId('detail-footer').waitFor();
    },
  },
  { name: 'approvals-undo', scenario: (now) => approvals(now, { undoMs: 5000 }), reach: onFirstRow('a', '[data-testid="decision-pending"]') },
  { name: 'approvals-reject', scenario: (now) => approvals(now, { undoMs: 600_000 }), reach: onFirstRow('r', '[role="dialog"]') },
  {
    name: 'approvals-failed',
    scenario: (now) => {
      const scenario = approvals(now, { undoMs: 1 });
      scenario.decisionFailures = { [longestWaiting(scenario).id]: { message: 'Someone else already handled this approval. 这条审批已被他人处理。', openInFeishu: true } };
      return scenario;
    },
    reach: onFirstRow('a', '[data-testid="decision-failed"]'),
  },
  {
    name: 'approvals-settings',
    scenario: (now) => {
      const scenario = approvals(now);
      scenario.settings = { ...scenario.settings, approvals: { ...scenario.settings.approvals, actFromApp: false } };
      scenario.state = { ...scenario.state, approvals: { details: { active: true, missingScopes: [] }, act: { active: false, missingScopes: ['approval:task:write'] } } };
      return scenario;
    },
    reach: async (page) => {
      await settings(page);
      const section = page.getByTestId('settings-approvals');
      await section.locator('input[type="checkbox"]').nth(1).check();
      await section.locator('.explain').waitFor();
      await section.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    },
  },
  { name: 'list', scenario: (now) => demoScenario(now), reach: firstRow },
  { name: 'tab-done', scenario: (now) => demoScenario(now), reach: tab('2') },
  { name: 'tab-sent', scenario: (now) => demoScenario(now), reach: tab('3') },
  { name: 'tab-cc', scenario: (now) => demoScenario(now, { '18': 5 }), reach: tab('4') },
  {
    name: 'signed-in',
    scenario: (now) => {
      const scenario = demoScenario(now);
      scenario.state = { ...scenario.state, demo: false, account: { id: 'feishu:cli:ou', region: 'feishu', baseUrl: 'https://open.feishu.cn', mode: 'oauth', appId: 'cli_demo', userIdType: 'open_id', userId: 'ou_1', userName: 'Alice Chen', needsSignIn: false, callbackPort: 47321 } };
      return scenario;
    },
    reach: firstRow,
  },
  { name: 'settings-top', scenario: (now) => demoScenario(now), reach: settings },
  {
    name: 'settings-bottom',
    scenario: (now) => demoScenario(now),
    reach: async (page) => {
      await settings(page);
      await page.locator('.settings-screen').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    },
  },
  {
    name: 'sign-in',
    scenario: (now) => demoScenario(now),
    reach: async (page) => {
      await page.locator('.app-header').getByRole('button', { name: 'Sign in' }).or(page.locator('.app-header').getByRole('button', { name: '登录' })).click();
      await page.locator('.sign-in-form').waitFor();
    },
  },
  {
    name: 'sign-in-needed',
    scenario: (now) => {
      const scenario = demoScenario(now);
      scenario.state = { ...scenario.state, demo: false, account: { id: 'feishu:cli:ou', region: 'feishu', baseUrl: 'https://open.feishu.cn', mode: 'oauth', appId: 'cli_demo', userIdType: 'open_id', userId: 'ou_1', userName: '陈静', needsSignIn: true, callbackPort: 47321 } };
      return scenario;
    },
    reach: firstRow,
  },
  { name: 'empty', scenario: (now) => demoScenario(now, { '17': 0, '18': 0 }), reach: async (page) => (await page.getByRole('tab').first().waitFor(), await page.keyboard.press('4'), await page.getByTestId('empty-state').waitFor()) },
  { name: 'loading', scenario: (now) => ({ ...demoScenario(now), holdTopics: true }), reach: (page) => page.locator('.loading').waitFor() },
  {
    name: 'error',
    scenario: (now) => {
      const scenario = demoScenario(now);
      scenario.topics['1'] = { ...scenario.topics['1']!, tasks: [], error: { kind: 'network', message: 'connect ECONNREFUSED open.feishu.cn' } };
      scenario.state.poller = offline(now, null);
      return scenario;
    },
    reach: (page) => page.getByTestId('error-state').waitFor(),
  },
  {
    name: 'offline',
    scenario: (now) => {
      const scenario = demoScenario(now);
      scenario.state.poller = offline(now, now - 25 * 60_000);
      return scenario;
    },
    reach: firstRow,
  },
  {
    name: 'rate-limited',
    scenario: (now) => {
      const scenario = demoScenario(now);
      scenario.state.poller = { kind: 'rate-limited', lastSuccessAt: now - 5 * 60_000, retryAt: now + 60_000 };
      return scenario;
    },
    reach: firstRow,
  },
  {
    name: 'quota',
    scenario: (now) => {
      const scenario = demoScenario(now);
      scenario.state.poller = { kind: 'stopped', lastSuccessAt: now - 3_600_000, reason: 'quota-exhausted', message: 'quota', resumeAt: now + 5 * 86_400_000 };
      return scenario;
    },
    reach: firstRow,
  },
  {
    name: 'stale',
    scenario: (now) => {
      const scenario = demoScenario(now);
      scenario.topics['1'] = { ...scenario.topics['1']!, error: { kind: 'server', message: 'HTTP 502 Bad Gateway from upstream' } };
      scenario.state.poller = offline(now, now - 40 * 60_000);
      return scenario;
    },
    reach: firstRow,
  },
];
