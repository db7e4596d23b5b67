import { useCallback } from 'react';
import { useTranslation } from '../i18n/i18n-context';
import type { Outcome } from '../../../shared/ipc/contract';
import type { TaskView } from '../../../shared/ipc/view-types';
import { useApi } from '../app/api-context';
import type { TaskAction } from '../components/TaskMenu';

/** Open and copy go through main (which applies the URL policy and owns the clipboard); failures become a notice. */
export function useTaskActions(notify: (message: string) => void) {
  const api = useApi();
  const { t } = useTranslation();
  const report = useCallback(
    (outcome: Outcome, success: string) => notify(outcome.ok ? success : t('task.actionFailed', { message: outcome.message })),
    [notify, t],
  );
  const run = useCallback(
    async (task: TaskView, action: TaskAction) => {
      if (action.kind === 'details' || action.kind === 'decide') return; // the screen handles these
      const ref = { topic: task.topic, taskId: task.id };
      const link = action.kind === 'open' ? action.link : 'pc';
      if ((action.kind === 'open' || action.kind === 'copy') && !task.openable[link]) return notify(t('task.noSafeLink'));
      try {
        if (action.kind === 'copy-summary') report(await api.copySummary(ref), t('task.summaryCopied'));
        else if (action.kind === 'open-centre') report(await api.openApprovalCentre(), t('task.centreOpened'));
        else if (action.kind === 'copy') report(await api.copyLink({ topic: task.topic, taskId: task.id, link }), t('task.copied'));
        else report(await api.openTask({ topic: task.topic, taskId: task.id, link }), t('task.opened'));
      } catch (error) {
        notify(t('task.actionFailed', { message: error instanceof Error ? error.message : String(error) }));
      }
    },
    [api, notify, report, t],
  );
  const open = useCallback((task: TaskView) => run(task, { kind: 'open', link: 'pc' }), [run]);
  return { run, open };
}
