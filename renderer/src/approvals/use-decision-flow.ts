import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DecisionAction } from '../../../shared/ipc/view-types';
import type { Settings } from '../../../shared/settings/settings';
import { taskTitle } from '../../../shared/tasks/task-title';
import type { TopicCode } from '../../../shared/tasks/topic';
import { useApi } from '../app/api-context';
import { isTextEntry } from '../hooks/use-keyboard-shortcuts';
import { useTranslation } from '../i18n/i18n-context';
import type { ApprovalsUi } from './approvals-context';
import { useDecisions } from './use-decisions';

export interface DecisionTarget {
  taskId: string;
  title: string;
}

/**
 * The window's side of approve / reject: approve goes to main at once (main holds it for the undo
 * window), reject first asks for a reason; Ctrl/⌘+Z undoes the newest one still waiting; Open in
 * Feishu and Dismiss settle a failed one. Refusals and failures become a notice.
 */
export function useDecisionFlow(settings: Settings | null, notify: (message: string) => void, showDetail: (topic: TopicCode, taskId: string) => void) {
  const api = useApi();
  const { t } = useTranslation();
  const handle = useDecisions();
  const [rejecting, setRejecting] = useState<DecisionTarget | null>(null);

  const send = useCallback(
    async (target: DecisionTarget, action: DecisionAction, comment?: string) => {
      const outcome = await handle.decide(target.taskId, action, comment);
      if (!outcome.ok) notify(t('task.actionFailed', { message: outcome.message }));
      return outcome.ok;
    },
    [handle, notify, t],
  );
  const request = useCallback(
    async (target: DecisionTarget, action: DecisionAction): Promise<boolean> => {
      if (handle.decisions.some((d) => d.taskId === target.taskId)) return false;
      if (action === 'approve') return send(target, 'approve');
      setRejecting(target);
      return false;
    },
    [handle.decisions, send],
  );
  const undo = useCallback(
    async (taskId: string) => {
      const outcome = await handle.undo(taskId);
      notify(outcome.ok ? t('approvals.undone') : t('task.actionFailed', { message: outcome.message }));
    },
    [handle, notify, t],
  );
  const open = useCallback(
    async (taskId: string, topic: TopicCode = '1') => {
      const outcome = await api.openTask({ topic, taskId, link: 'pc' }).catch((error: unknown) => ({ ok: false as const, message: String(error) }));
      notify(outcome.ok ? t('task.opened') : t('task.actionFailed', { message: outcome.message }));
    },
    [api, notify, t],
  );

  // Ctrl/⌘+Z anywhere but in a text field: undo the newest decision still in its window.
  const waiting = useRef(handle.decisions);
  waiting.current = handle.decisions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || event.shiftKey || event.defaultPrevented) return;
      if (isTextEntry(event.target)) return;
      const newest = [...waiting.current].reverse().find((d) => d.state === 'waiting' && d.sendsAt > Date.now());
      if (!newest) return;
      event.preventDefault();
      void undo(newest.taskId);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  const approvals = settings?.approvals;
  const ui = useMemo<ApprovalsUi>(
    () => ({
      thresholds: { amberAfterHours: approvals?.amberAfterHours ?? 24, redAfterHours: approvals?.redAfterHours ?? 72 },
      decisionFor: (taskId) => handle.decisions.find((d) => d.taskId === taskId),
      requestDecision: (task, action) => void request({ taskId: task.id, title: taskTitle(task, t('task.untitled')) }, action),
      showDetail: (task) => showDetail(task.topic, task.id),
    }),
    [approvals?.amberAfterHours, approvals?.redAfterHours, handle.decisions, request, showDetail, t],
  );

  return {
    ui,
    decisions: handle.decisions,
    rejecting,
    request,
    cancelReject: () => setRejecting(null),
    confirmReject: async (comment: string) => {
      const target = rejecting;
      if (!target) return false;
      setRejecting(null);
      return send(target, 'reject', comment);
    },
    undo,
    dismiss: handle.dismiss,
    open,
  };
}
