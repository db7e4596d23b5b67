import { useTranslation } from 'react-i18next';
import type { AppState } from '../../../shared/ipc/view-types';
import { useApi } from '../app/api-context';
import type { TimeFormat } from '../i18n/time-format';
import { describePoller } from './describe-poller';

interface StateLineProps {
  state: AppState | null;
  now: number;
  time: TimeFormat;
  onSignIn(): void;
}

/** One clear sentence about what the app is doing, with the one button that fixes it. */
export function StateLine({ state, now, time, onSignIn }: StateLineProps) {
  const { t } = useTranslation();
  const api = useApi();
  if (!state) return null;
  const line = describePoller(t, state, now, time);
  return (
    <div className={`state-line state-${line.tone}`} role="status" data-state={line.kind}>
      <span>{line.text}</span>
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
