// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aboutWithUpdateReady } from '../../e2e/support/about-data';
import { demoScenario } from '../../e2e/support/demo-data';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

async function openAbout(about = aboutWithUpdateReady(), language: 'en' | 'zh' = 'en') {
  const demo = demoScenario(Date.now());
  const scenario = { ...demo, settings: { ...demo.settings, language: language }, about };
  const rendered = renderApp(scenario, language);
  fireEvent.click(await screen.findByRole('button', { name: language === 'en' ? 'Settings' : '设置' }));
  await screen.findByRole('heading', { name: language === 'en' ? 'About' : '关于' });
  return rendered;
}

describe('Settings → About', () => {
  it('shows the version, Electron and Chromium, the feed and an update ready to install with its notes', async () => {
    const { calls } = await openAbout();
    expect(screen.getByText('Version 1.1.0')).toBeTruthy();
    expect(screen.getByText('Electron 41.7.1 · Chromium 146.0.7680.80')).toBeTruthy();
    expect(screen.getByText('Feed: https://updates.corp.example/approval-tray/')).toBeTruthy();
    expect(screen.getByText(/Approvals open faster\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restart to update to 1.2.3' }));
    await waitFor(() => expect(calls('restartToUpdate')).toHaveLength(1));
  });

  it('opens folders by name, never by path, and copies diagnostics through main', async () => {
    const { calls } = await openAbout();
    const [dataOpen, logOpen] = screen.getAllByRole('button', { name: 'Open' });
    fireEvent.click(dataOpen!);
    fireEvent.click(logOpen!);
    await waitFor(() => expect(calls('openFolder').map((call) => call.request)).toEqual([{ folder: 'data' }, { folder: 'logs' }]));
    fireEvent.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    await waitFor(() => expect(calls('copyDiagnostics')).toEqual([{ method: 'copyDiagnostics', request: null }]));
    expect(await screen.findByText('Diagnostics copied. Tokens and secrets were removed.')).toBeTruthy();
  });

  it('says updates are off when no feed was packaged, lists licences, and follows main\'s pushes', async () => {
    const about = { ...aboutWithUpdateReady(), update: { kind: 'off', reason: 'no-feed' } as const, feed: null };
    const { bridge } = await openAbout(about);
    expect(screen.getByText('Updates are off: no update feed was set when this build was packaged.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Restart to update/ })).toBeNull();
    expect(screen.getByText(/^Open-source libraries \(\d+\)$/)).toBeTruthy();
    expect(screen.getByText(/^electron-updater \d+\.\d+\.\d+ — MIT$/)).toBeTruthy();
    act(() => bridge.emit('about:changed', { ...about, update: { kind: 'downloading', version: '1.2.3', percent: 40 } }));
    expect(await screen.findByText('Downloading 1.2.3… 40%')).toBeTruthy();
  });

  it('speaks Chinese', async () => {
    await openAbout(aboutWithUpdateReady(), 'zh');
    expect(screen.getByRole('button', { name: '重启以更新到 1.2.3' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '复制诊断信息' })).toBeTruthy();
  });
});
