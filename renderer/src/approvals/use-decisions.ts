import { useCallback, useEffect, useState } from 'react';
import type { Outcome } from '../../../shared/ipc/contract';
import type { DecisionAction, DecisionView } from '../../../shared/ipc/view-types';
import { useApi } from '../app/api-context';

export interface DecisionsHandle {
  decisions: DecisionView[];
  /** Queues an approve / reject behind main's undo window; a refusal comes back with its reason. */
  decide(taskId: string, action: DecisionAction, comment?: string): Promise<Outcome<DecisionView>>;
  undo(taskId: string): Promise<Outcome>;
  dismiss(taskId: string): void;
}

/** The pending and failed decisions main holds: fetched once, then kept current by its pushes. */
export function useDecisions(): DecisionsHandle {
  const api = useApi();
  const [decisions, setDecisions] = useState<DecisionView[]>([]);
  useEffect(() => {
    let live = true;
    let pushed = false;
    const off = api.on('tasks:decisions-changed', (next) => {
      pushed = true;
      setDecisions(next);
    });
    void api.getDecisions().then((value) => {
      if (live && !pushed) setDecisions(value);
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  const decide = useCallback(
    async (taskId: string, action: DecisionAction, comment?: string): Promise<Outcome<DecisionView>> => {
      try {
        const outcome = action === 'reject' ? await api.decide({ taskId, action, comment: comment ?? '' }) : await api.decide({ taskId, action, ...(comment ? { comment } : {}) });
        // Show the undo bar at once, even if main's push is a moment behind.
        if (outcome.ok) setDecisions((current) => [...current.filter((d) => d.taskId !== taskId), outcome.value]);
        return outcome;
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
    [api],
  );
  const undo = useCallback(
    async (taskId: string): Promise<Outcome> => {
      try {
        const outcome = await api.undoDecision({ taskId });
        if (outcome.ok) setDecisions((current) => current.filter((d) => d.taskId !== taskId));
        return outcome;
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
    [api],
  );
  const dismiss = useCallback(
    (taskId: string) => {
      setDecisions((current) => current.filter((d) => d.taskId !== taskId));
      void api.dismissDecision({ taskId });
    },
    [api],
  );
  return { decisions, decide, undo, dismiss };
}
