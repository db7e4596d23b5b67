// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoScenario } from '../../e2e/support/demo-data';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

async function openSettings() {
  const rendered = renderApp(demoScenario(Date.now()));
  fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  await screen.findByRole('heading', { name: 'Settings' });
  return rendered;
}

describe('settings', () => {
  it('refuses an out-of-range poll interval with a message and sends a valid one', async () => {
    const { calls } = await openSettings();
    const interval = screen.getByLabelText('Check every (minutes, 1–60)');
    fireEvent.change(interval, { target: { value: '0' } });
    fireEvent.blur(interval);
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number from 1 to 60.');
    expect(calls('updateSettings')).toEqual([]);
    fireEvent.change(interval, { target: { value: '15' } });
    fireEvent.blur(interval);
    await waitFor(() => expect(calls('updateSettings')).toEqual([{ method: 'updateSettings', request: { pollIntervalMinutes: 15 } }]));
  });

  it('shows calls used against the budget, and when the budget stretches the interval', async () => {
    const scenario = demoScenario(Date.now());
    scenario.state.quota = { ...scenario.state.quota, stretched: true, effectiveIntervalMinutes: 12 };
    renderApp(scenario);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect((await screen.findByTestId('calls-this-month')).textContent).toBe('1,234 of 3,000 calls used this month');
    expect(screen.getByText('Checking every 12 min to stay within the budget.')).toBeTruthy();
  });

  it('sends whole notification objects and applies the theme', async () => {
    const { calls } = await openSettings();
    fireEvent.click(screen.getByLabelText('Play a sound'));
    await waitFor(() => expect(calls('updateSettings')[0]?.request).toMatchObject({ notifications: { sound: false, todo: true, quietHours: { enabled: false } } }));
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  it('takes a global shortcut: refuses a bad one with a message, sends a good one, turns it off when emptied', async () => {
    const { calls } = await openSettings();
    const field = screen.getByLabelText('Shortcut to show or hide the window');
    expect((field as HTMLInputElement).value).toBe(''); // off by default
    fireEvent.change(field, { target: { value: 'Shift+A' } });
    fireEvent.blur(field);
    expect(screen.getByRole('alert').textContent).toMatch(/Not a shortcut the app can use/);
    expect(calls('updateSettings')).toEqual([]);
    fireEvent.change(field, { target: { value: 'Alt+Space' } });
    fireEvent.blur(field);
    await waitFor(() => expect(calls('updateSettings')).toEqual([{ method: 'updateSettings', request: { globalShortcut: 'Alt+Space' } }]));
    await waitFor(() => expect(screen.getByText('Press Alt+Space anywhere to show or hide this window.')).toBeTruthy());
    fireEvent.change(field, { target: { value: '' } });
    fireEvent.blur(field);
    await waitFor(() => expect(calls('updateSettings').at(-1)?.request).toEqual({ globalShortcut: null }));
  });

  it('says so when another app already holds the shortcut, as main reports it', async () => {
    const demo = demoScenario(Date.now());
    const { bridge } = renderApp({
      ...demo,
      settings: { ...demo.settings, globalShortcut: 'Alt+Space' },
      shortcut: { accelerator: 'Alt+Space', registered: false, problem: 'in-use' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Another app already uses Alt+Space. Choose other keys.');
    // Main re-registered it (the other app quit): the message follows.
    act(() => bridge.emit('settings:shortcut-status', { accelerator: 'Alt+Space', registered: true, problem: null }));
    expect(await screen.findByText('Press Alt+Space anywhere to show or hide this window.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('goes back to the task list on Esc', async () => {
    await openSettings();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(await screen.findAllByRole('tab')).toHaveLength(4);
  });
});

describe('sign-in', () => {
  it('names a missing field, then sends the request and shows main’s refusal', async () => {
    const { calls } = renderApp(demoScenario(Date.now()));
    fireEvent.click((await screen.findAllByRole('button', { name: 'Sign in' }))[0]!);
    await screen.findByRole('heading', { name: 'Sign in' });
    const submit = within(screen.getByRole('main')).getByRole('button', { name: 'Sign in' });
    fireEvent.change(screen.getByLabelText('App ID'), { target: { value: 'cli_demo' } });
    fireEvent.click(submit);
    expect((await screen.findByRole('alert')).textContent).toBe('Fill in App secret.');
    const secret = screen.getByLabelText('App secret') as HTMLInputElement;
    expect(secret.type).toBe('password');
    fireEvent.change(secret, { target: { value: 'very-secret' } });
    fireEvent.click(submit);
    expect((await screen.findByText(/Sign-in failed: sandbox refused/)).textContent).toBe('Sign-in failed: sandbox refused the app secret');
    expect(calls('signIn')).toEqual([{ method: 'signIn', request: { mode: 'oauth', region: 'feishu' } }]);
    expect(secret.value).toBe('');
  });
});
