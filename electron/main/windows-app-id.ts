import type { App } from 'electron';

/** The id electron-builder.yml packages under (appId). */
export const APP_USER_MODEL_ID = 'com.approvaltray.app';

/**
 * Windows ties notifications to the AppUserModelID of the Start-menu shortcut: without it they
 * show "electron.app…" and clicks from the Action Center do not reach the app. Call before ready.
 */
export function setWindowsAppUserModelId(app: Pick<App, 'setAppUserModelId'>, platform: NodeJS.Platform): void {
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
}
