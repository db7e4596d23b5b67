import type { ActionAvailability } from '../../../shared/ipc/view-types';
import type { TFunction } from '../i18n/translator';

/** Why Approve / Reject are not offered for a task, in the user's words. */
export function actionNote(t: TFunction, action: ActionAvailability): string | null {
  if (action.can) return null;
  if (action.reason === 'missing-scope') return t('approvals.cannot.missing-scope', { scope: action.scope ?? 'approval:task:write' });
  return t(`approvals.cannot.${action.reason}`);
}
