import { useState } from 'react';
import { ACT_SCOPES, DETAIL_SCOPES } from '../../../shared/approval/approval-features';
import { APPROVAL_SCOPES } from '../../../shared/approval/approval-scopes';
import type { AppState, Settings } from '../../../shared/ipc/view-types';
import { useApi } from '../app/api-context';
import type { SettingsPatch } from '../hooks/use-settings';
import { useTranslation } from '../i18n/i18n-context';
import { ApprovalPartStatus } from './ApprovalPartStatus';
import { CheckboxField } from './CheckboxField';
import { NumberField } from './NumberField';

interface ApprovalsSectionProps {
  settings: Settings;
  state: AppState | null;
  onChange(patch: SettingsPatch): void;
  notify(message: string): void;
}

type Feature = 'details' | 'act';
const SCOPES: Record<Feature, readonly string[]> = { details: DETAIL_SCOPES, act: [APPROVAL_SCOPES.list, ...ACT_SCOPES] };

/**
 * Issue #11's opt-ins: details (on where their scopes are granted), approving from the app (off
 * until asked for: turning it on first says a browser sign-in follows, then starts it), the
 * overdue thresholds, and for each part which scope turns it on and where to get it.
 */
export function ApprovalsSection({ settings, state, onChange, notify }: ApprovalsSectionProps) {
  const { t } = useTranslation();
  const api = useApi();
  const approvals = settings.approvals;
  const features = state?.approvals ?? null;
  const [explaining, setExplaining] = useState(false);
  const [granting, setGranting] = useState<Feature | null>(null);
  // Why a grant did not work stays on screen (main's reason is long: which scope, where to add it).
  const [grantError, setGrantError] = useState<string | null>(null);
  const set = (patch: Partial<Settings['approvals']>) => onChange({ approvals: { ...approvals, ...patch } });

  const grant = async (feature: Feature) => {
    setGranting(feature);
    setGrantError(null);
    try {
      // Granted, main turns the feature's setting on itself and sends the new settings.
      const outcome = await api.grantScopes({ feature });
      if (outcome.ok) notify(t('settings.granted'));
      else setGrantError(t('settings.grantFailed', { message: outcome.message }));
    } catch (error) {
      setGrantError(t('settings.grantFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setGranting(null);
      setExplaining(false);
    }
  };
  const actMissing = features?.act.missingScopes ?? [];
  const unsupported = features?.act.unsupported === true;
  const toggleAct = (on: boolean) => {
    if (!on) return set({ actFromApp: false });
    // The extra scope means a browser sign-in: say so before it starts.
    if (actMissing.length > 0) setExplaining(true);
    else set({ actFromApp: true });
  };

  return (
    <section className="settings-section" aria-labelledby="settings-approvals" data-testid="settings-approvals">
      <h2 id="settings-approvals">{t('settings.approvals')}</h2>
      <CheckboxField label={t('settings.showDetails')} checked={approvals.showDetails} onChange={(showDetails) => set({ showDetails })} />
      <ApprovalPartStatus
        name={t('settings.partDetails')}
        scopes={SCOPES.details}
        on={approvals.showDetails}
        feature={features?.details ?? null}
        granting={granting === 'details'}
        onGrant={() => void grant('details')}
      />
      <CheckboxField
        label={t('settings.actFromApp')}
        checked={approvals.actFromApp || explaining}
        disabled={unsupported || granting !== null}
        onChange={toggleAct}
      />
      {explaining && (
        <div className="explain" role="group" aria-label={t('settings.actFromApp')}>
          <p>{t('settings.actExplain', { scopes: actMissing.join(', ') })}</p>
          {granting === 'act' ? (
            <p className="field-hint" role="status">
              {t('signin.waiting')}
            </p>
          ) : (
            <div className="button-row">
              <button type="button" className="primary" onClick={() => void grant('act')}>
                {t('settings.grantContinue')}
              </button>
              <button type="button" onClick={() => setExplaining(false)}>
                {t('signin.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
      <ApprovalPartStatus
        name={t('settings.partAct')}
        scopes={SCOPES.act}
        on={approvals.actFromApp}
        feature={features?.act ?? null}
        granting={granting === 'act'}
        onGrant={explaining ? undefined : () => setExplaining(true)}
      />
      {grantError && (
        <p className="field-error" role="alert" data-testid="grant-error">
          {grantError}
        </p>
      )}
      <div className="field-row">
        <NumberField label={t('settings.amberAfter')} value={approvals.amberAfterHours} min={1} max={720} onCommit={(amberAfterHours) => set({ amberAfterHours })} />
        <NumberField label={t('settings.redAfter')} value={approvals.redAfterHours} min={1} max={720} onCommit={(redAfterHours) => set({ redAfterHours })} />
      </div>
      {approvals.redAfterHours <= approvals.amberAfterHours && <p className="field-hint">{t('settings.redBeforeAmber', { red: approvals.redAfterHours })}</p>}
    </section>
  );
}
