import type { Shell } from 'electron';
import type { ExternalOpenerPort, LoggerPort } from '../../shared/app/app-ports';
import { openHostPrompt } from '../../shared/links/link-prompts';
import { signInPageUrl } from '../../shared/links/sign-in-page';
import { decideLink } from '../../shared/links/url-policy';
import type { LinkContext } from '../../shared/links/url-policy';
import type { UiLanguage } from '../../shared/settings/resolve-language';
import type { ConfirmPort } from './dialog-adapter';

// The only way out to the browser, for task links and the sign-in page alike. The URL policy is
// applied here, whoever asks: a bug elsewhere must not be able to open file:, javascript: or
// http: links. A host outside Feishu/Lark opens only after the user allowed it in a native
// dialog (once per host; remembered in settings, revocable in the window).

export interface LinkOpenerDeps {
  shell: Pick<Shell, 'openExternal'>;
  confirm: ConfirmPort;
  /** The signed-in account's host and the hosts the user allowed, read at each click. */
  context(): LinkContext;
  /** Remembers a host the user just allowed. */
  allowHost(host: string): void;
  language(): UiLanguage;
  log: LoggerPort;
}

export interface LinkOpener extends ExternalOpenerPort {
  /** Opens the authorize page, which must be on `accountsBase` (the region's or the confirmed custom one). */
  openSignInPage(url: string, accountsBase: string): Promise<void>;
}

const REFUSED = 'This link cannot be opened safely.';

export function createExternalOpener(deps: LinkOpenerDeps): LinkOpener {
  // Two clicks on links to the same new host ask once.
  const asking = new Map<string, Promise<boolean>>();

  function ask(host: string): Promise<boolean> {
    const pending = asking.get(host);
    if (pending) return pending;
    const answer = deps.confirm
      .confirm(openHostPrompt(host, deps.language()))
      .then((allowed) => {
        if (allowed) deps.allowHost(host);
        return allowed;
      })
      .finally(() => asking.delete(host));
    asking.set(host, answer);
    return answer;
  }

  return {
    async open(url) {
      const decision = decideLink(url, deps.context());
      if (decision.kind === 'refuse') {
        deps.log.warn(`refused to open a link: ${decision.reason}`);
        throw new Error(REFUSED);
      }
      if (decision.kind === 'ask' && !(await ask(decision.host))) {
        deps.log.info('the user did not allow a link host; nothing opened');
        return;
      }
      await deps.shell.openExternal(decision.url);
    },
    async openSignInPage(url, accountsBase) {
      const page = signInPageUrl(url, accountsBase);
      if (page === null) {
        deps.log.warn('refused to open a sign-in page that is not on the expected accounts host');
        throw new Error(REFUSED);
      }
      await deps.shell.openExternal(page);
    },
  };
}
