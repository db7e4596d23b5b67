import type { FeatureAvailability } from '../../../shared/ipc/view-types';
import { useTranslation } from '../i18n/i18n-context';

interface ApprovalPartStatusProps {
  name: string;
  /** Every scope the part needs, named so an administrator can find them in the console. */
  scopes: readonly string[];
  /** The user's setting for the part. */
  on: boolean;
  feature: FeatureAvailability | null;
  granting: boolean;
  /** Offered when scopes are missing and a sign-in could grant them. */
  onGrant?(): void;
}

/** One part's line: working (or waiting for budget), off, or which scope it lacks and where that is turned on. */
export function ApprovalPartStatus({ name, scopes, on, feature, granting, onGrant }: ApprovalPartStatusProps) {
  const { t } = useTranslation();
  const missing = feature?.missingScopes ?? [];
  const status = feature?.unsupported
    ? t('settings.partUnsupported')
    : missing.length > 0
      ? t('settings.partNeeds', { scopes: missing.join(', ') })
      : on && feature?.active !== false
        ? t(feature?.deferred ? 'settings.partDeferred' : 'settings.partOn')
        : t('settings.partOff');
  return (
    <div className="part-status" data-testid="approval-part">
      <p className="field-hint">
        <strong>{name}</strong> · {status}
      </p>
      <p className="field-hint part-scopes">{scopes.join(' + ')}</p>
      {missing.length > 0 && !feature?.unsupported && (
        <>
          <p className="field-hint">{t('settings.partWhere')}</p>
          {onGrant && (
            <div className="button-row">
              <button type="button" className="compact" disabled={granting} onClick={onGrant}>
                {granting ? t('signin.waiting') : t('settings.grant')}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
