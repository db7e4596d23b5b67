import type { DecisionView } from '../../../shared/ipc/view-types';
import type { TFunction } from '../i18n/translator';

/** The chip a row wears while its approve / reject waits to go out, or after it failed. */
export function decisionChip(t: TFunction, decision: DecisionView): string {
  if (decision.state === 'failed') return t('approvals.chipFailed');
  return t(decision.action === 'approve' ? 'approvals.chipApprove' : 'approvals.chipReject');
}
