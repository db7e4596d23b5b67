import type { Shell } from 'electron';
import type { ExternalOpenerPort, LoggerPort } from '../../shared/app/app-ports';
import { safeExternalUrl } from '../../shared/links/url-policy';

// The only way out to the browser. The URL policy is applied here again, whoever asks: a bug
// elsewhere must not be able to open file:, javascript: or http: links.
export function createExternalOpener(shell: Pick<Shell, 'openExternal'>, log: LoggerPort): ExternalOpenerPort {
  return {
    async open(url: string) {
      const safe = safeExternalUrl(url);
      if (safe === null) {
        log.warn('refused to open a link the URL policy does not allow');
        throw new Error('This link cannot be opened safely.');
      }
      await shell.openExternal(safe);
    },
  };
}
