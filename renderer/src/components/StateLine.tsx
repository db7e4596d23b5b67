import { useTranslation } from '../i18n/i18n-context';
import type { AppState } from '../../../shared/ipc/view-types';
import { useApi } from '../app/api-context';
import type { StateDescription } from './describe-poller';

interface StateLineProps {
  state: AppState | null;
  line: StateDescription | null;
  onSignIn(): void;
}

/**
 * When something needs the user's attention: the whole sentence under the header, with the one
 * button that fixes it. When all is well the header's few words are enough, and this is empty.
 */
export function StateLine({ state, line, onSignIn }: StateLineProps) {
  const { t } = useTranslation();
  const api = useApi();
  if (!state || !line) return null;
  const shown = line.tone === 'warn' || line.tone === 'alert' || line.kind === 'paused';
  return (
    <div className={`state-line state-${line.tone}${shown ? '' : ' visually-hidden'}`} role="status" data-state={line.kind}>
      <span className="state-text">{line.text}</span>
      {line.needsSignIn && (
        <button type="button" className="primary" onClick={onSignIn}>
          {t('app.signIn')}
        </button>
      )}
      {line.kind === 'paused' && (
        <button type="button" onClick={() => void api.resume()}>
          {t('state.resume')}
        </button>
      )}
    </div>
  );
}
