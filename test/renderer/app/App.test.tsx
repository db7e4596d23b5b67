// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoScenario, HOSTILE_TITLES } from '../../e2e/support/demo-data';
import { renderApp } from '../support/render-app';

const NOW = Date.now();
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const rows = () => document.querySelectorAll('[data-task-row]');
const ACCOUNT = { id: 'feishu:cli_a:ou_1', region: 'feishu', baseUrl: 'https://open.feishu.cn', mode: 'oauth', userIdType: 'open_id', userId: 'ou_1', needsSignIn: false, callbackPort: 47321 } as const;

/** happy-dom does no layout: the test says which rows are how much on screen. */
function installFakeIntersectionObserver() {
  const instances: { callback: IntersectionObserverCallback; targets: Set<Element> }[] = [];
  class FakeIntersectionObserver {
    private readonly entry: { callback: IntersectionObserverCallback; targets: Set<Element> };
    constructor(callback: IntersectionObserverCallback) {
      this.entry = { callback, targets: new Set() };
      instances.push(this.entry);
    }
    observe(target: Element) {
      this.entry.targets.add(target);
    }
    unobserve(target: Element) {
      this.entry.targets.delete(target);
    }
    disconnect() {
      this.entry.targets.clear();
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  return {
    intersect(target: Element, ratio: number) {
      for (const { callback, targets } of instances) {
        if (!targets.has(target)) continue;
        const entry = { target, isIntersecting: ratio > 0, intersectionRatio: ratio } as IntersectionObserverEntry;
        callback([entry], {} as IntersectionObserver);
      }
    },
  };
}

describe('the task window', () => {
  it('shows the four tabs with counts, 999+ when capped', async () => {
    renderApp(demoScenario(NOW));
    // The counts arrive with the app state, a moment after the tabs.
    await waitFor(() => expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['To-do42', 'Done999+', 'Sent18', 'CC7']));
    const tabs = screen.getAllByRole('tab');
    expect(tabs[0]?.getAttribute('aria-selected')).toBe('true');
  });

  it('renders a hostile title as text, not markup', async () => {
    renderApp(demoScenario(NOW));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(screen.getByText(HOSTILE_TITLES[0])).toBeTruthy();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelectorAll('script').length).toBe(0);
    // The unknown status value is shown as it came.
    expect(screen.getByText('Mystery')).toBeTruthy();
  });

  it('filters as you type and explains an empty result', async () => {
    renderApp(demoScenario(NOW));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const search = screen.getByRole('searchbox');
    fireEvent.change(search, { target: { value: 'zzz-nothing' } });
    expect(await screen.findByText('No tasks match “zzz-nothing”')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
  });

  it('opens the selected task with ↓ and Enter through main, and says when a link is unsafe', async () => {
    const { calls } = renderApp(demoScenario(NOW));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    fireEvent.keyDown(document.body, { key: 'Enter' });
    await waitFor(() => expect(calls('openTask')).toEqual([{ method: 'openTask', request: { topic: '1', taskId: 'hostile-0', link: 'pc' } }]));
  });

  it('switches tabs with 1–4; leaving a tab does not mark its rows seen', async () => {
    const { calls } = renderApp(demoScenario(NOW, { '17': 0, '18': 0 }));
    await screen.findAllByRole('tab');
    fireEvent.keyDown(document.body, { key: '4' });
    expect(await screen.findByText('Nothing copied to you')).toBeTruthy();
    expect(calls('markSeen')).toEqual([]);
    expect(screen.getAllByRole('tab')[3]?.getAttribute('aria-selected')).toBe('true');
  });

  it('clears "new" per row: a row on screen for a moment, not one out of view', async () => {
    const observers = installFakeIntersectionObserver();
    const { calls } = renderApp(demoScenario(NOW));
    await waitFor(() => expect(document.querySelectorAll('[data-new-row]').length).toBeGreaterThan(1));
    const [shown, hidden] = [...document.querySelectorAll<HTMLElement>('[data-new-row]')];
    act(() => observers.intersect(shown!, 1));
    act(() => observers.intersect(hidden!, 0.2)); // mostly below the fold
    expect(calls('markSeen')).toEqual([]); // not at once: only after a moment
    await waitFor(() => expect(calls('markSeen')).toEqual([{ method: 'markSeen', request: { topic: '1', taskIds: [shown!.dataset.taskRow] } }]), { timeout: 3000 });
    await waitFor(() => expect(shown!.querySelector('.new-marker')).toBeNull());
    expect(hidden!.querySelector('.new-marker')).not.toBeNull();
  });

  it('offers a way forward for a task with no link: copy its name and number, open the approval centre (in Chinese too)', async () => {
    const scenario = demoScenario(NOW);
    scenario.state = { ...scenario.state, demo: false, account: { ...ACCOUNT, region: 'feishu' } };
    scenario.settings = { ...scenario.settings, language: 'zh' };
    const { calls } = renderApp(scenario, 'zh');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const unlinked = [...rows()].find((row) => row.textContent?.includes('无链接')) as HTMLElement;
    fireEvent.click(within(unlinked).getAllByRole('button')[0]!);
    const menu = await screen.findByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['复制名称和编号', '打开飞书审批中心']);
    fireEvent.click(within(menu).getByRole('menuitem', { name: '复制名称和编号' }));
    await waitFor(() => expect(calls('copySummary')).toEqual([{ method: 'copySummary', request: { topic: '1', taskId: unlinked.dataset.taskRow } }]));
    fireEvent.click(within(unlinked).getAllByRole('button')[0]!);
    fireEvent.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: '打开飞书审批中心' }));
    await waitFor(() => expect(calls('openApprovalCentre')).toHaveLength(1));
    expect(await screen.findByText('已打开审批中心。')).toBeTruthy();
  });

  it('offers no approval centre for a custom server, and names Lark\'s for a Lark account', async () => {
    const scenario = demoScenario(NOW);
    scenario.state = { ...scenario.state, demo: false, account: { ...ACCOUNT, region: 'lark' } };
    renderApp(scenario);
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const unlinked = [...rows()].find((row) => row.textContent?.includes('No link')) as HTMLElement;
    fireEvent.click(within(unlinked).getAllByRole('button')[0]!);
    expect(within(await screen.findByRole('menu')).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Copy name and number', "Open Lark's approval centre"]);
  });

  it('shows an error state with what to do when a topic fails with no data', async () => {
    const scenario = demoScenario(NOW);
    scenario.topics['3'] = { ...scenario.topics['3']!, tasks: [], error: { kind: 'permission', message: 'code 99991672' } };
    const { calls } = renderApp(scenario);
    fireEvent.click(await screen.findByRole('tab', { name: /Sent/ }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/Ask your administrator/)).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(calls('refresh')).toEqual([{ method: 'refresh', request: { topic: '3' } }]);
  });

  it('asks to sign in when the sign-in died, and follows pushed state changes', async () => {
    const scenario = demoScenario(NOW);
    const { bridge } = renderApp(scenario);
    await screen.findByText(/^Updated /);
    act(() => bridge.emit('app:state-changed', { ...scenario.state, poller: { kind: 'stopped', lastSuccessAt: NOW, reason: 'auth-invalid', message: 'x' } }));
    expect(await screen.findByText(/Your sign-in has expired/)).toBeTruthy();
    const signIn = screen.getAllByRole('button', { name: 'Sign in' });
    fireEvent.click(signIn[signIn.length - 1]!);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
  });

  it('offers Resume while paused', async () => {
    const scenario = demoScenario(NOW);
    scenario.state.poller = { kind: 'paused', lastSuccessAt: NOW, until: null };
    const { calls } = renderApp(scenario);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume' }));
    expect(calls('resume')).toHaveLength(1);
  });

  it('switches language when the setting changes', async () => {
    const scenario = demoScenario(NOW);
    const { bridge } = renderApp(scenario);
    await screen.findAllByRole('tab');
    act(() => bridge.emit('settings:changed', { ...scenario.settings, language: 'zh' }));
    expect(await screen.findByText('待办')).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('shows the task a notification pointed at: its topic, selected and focused', async () => {
    const scenario = demoScenario(NOW);
    const { bridge } = renderApp(scenario);
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const target = scenario.topics['17']!.tasks[2]!.id;
    act(() => bridge.emit('nav:show-task', { topic: '17', taskId: target }));
    await waitFor(() => expect(document.querySelector('[aria-current="true"]')?.getAttribute('data-task-row')).toBe(target));
    expect(screen.getByRole('tab', { name: /CC/ }).getAttribute('aria-selected')).toBe('true');
  });
});
