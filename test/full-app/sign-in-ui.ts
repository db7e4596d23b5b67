import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

// The window's own sign-in, driven as a user does it: Settings → Account → Sign in → the form.

export type SignInForm =
  | { mode: 'user-token'; baseUrl: string; token: string }
  | { mode: 'oauth'; baseUrl: string; appId: string; appSecret: string; callbackPort: number };

export async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
}

export async function fillSignIn(page: Page, form: SignInForm): Promise<void> {
  await openSettings(page);
  await page.getByRole('region', { name: 'Account' }).getByRole('button').first().click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('How to sign in').selectOption(form.mode);
  await page.getByLabel('Region').selectOption('custom');
  await page.getByLabel('Server address (https://…)').fill(form.baseUrl);
  if (form.mode === 'user-token') await page.getByLabel('User access token').fill(form.token);
  else {
    await page.getByLabel('App ID').fill(form.appId);
    await page.getByLabel('App secret').fill(form.appSecret);
    await page.getByLabel('Callback port').fill(String(form.callbackPort));
  }
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await openSettings(page);
  await page.getByRole('region', { name: 'Account' }).getByRole('button', { name: 'Sign out' }).click();
}

/** A loopback port free right now (for the OAuth callback the form asks for). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
