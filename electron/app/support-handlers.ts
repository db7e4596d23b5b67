import type { AboutFolder, AboutView } from '../../shared/about/about-view';
import { buildDiagnostics } from '../../shared/diagnostics/build-diagnostics';
import type { DiagnosticsFacts } from '../../shared/diagnostics/diagnostics-facts';
import { formatDiagnostics } from '../../shared/diagnostics/format-diagnostics';
import type { InvokeHandlers, Outcome } from '../../shared/ipc/contract';

// The channels of Settings → About: the About view, opening the data or log folder, "Copy
// diagnostics" and "Restart to update". Plain Node; main hands in thin adapters. The renderer
// never receives the diagnostics text (main copies it) and never names a path.

export const SUPPORT_CHANNELS = ['about:get', 'about:open-folder', 'diagnostics:copy', 'update:restart'] as const;
export type SupportChannel = (typeof SUPPORT_CHANNELS)[number];

export interface SupportDeps {
  about(): AboutView;
  /** shell.openPath: resolves to '' on success, else the OS's reason. */
  openPath(path: string): Promise<string>;
  diagnosticsFacts(): Promise<DiagnosticsFacts>;
  copyText(text: string): void;
  /** Quits and installs the downloaded update, or says why not. */
  restartToUpdate(): Outcome;
  log: { info(message: string): void; warn(message: string, details?: unknown): void };
}

export function createSupportHandlers(deps: SupportDeps): Pick<InvokeHandlers, SupportChannel> {
  const folderPath = (folder: AboutFolder) => (folder === 'data' ? deps.about().dataFolder : deps.about().logFolder);
  return {
    'about:get': () => deps.about(),
    'about:open-folder': async ({ folder }) => {
      const problem = await deps.openPath(folderPath(folder)).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
      if (!problem) return { ok: true, value: undefined };
      deps.log.warn(`could not open the ${folder} folder: ${problem}`);
      return { ok: false, message: problem };
    },
    'diagnostics:copy': async () => {
      try {
        deps.copyText(formatDiagnostics(buildDiagnostics(await deps.diagnosticsFacts())));
        deps.log.info('diagnostics copied to the clipboard');
        return { ok: true, value: undefined };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        deps.log.warn('could not build the diagnostics report', error);
        return { ok: false, message };
      }
    },
    'update:restart': () => deps.restartToUpdate(),
  };
}

/** For a controller built without main (tests, the sandbox demo): every request says why not. */
export function unavailableSupportHandlers(): Pick<InvokeHandlers, SupportChannel> {
  const refuse = (): Outcome => ({ ok: false, message: 'not available outside the app' });
  return {
    'about:get': () => {
      throw new Error('About is not available outside the app');
    },
    'about:open-folder': refuse,
    'diagnostics:copy': refuse,
    'update:restart': refuse,
  };
}
