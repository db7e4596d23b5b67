import { createContext, useContext, type ReactNode } from 'react';
import type { DecisionAction, DecisionView, TaskView } from '../../../shared/ipc/view-types';
import type { OverdueThresholds } from './overdue';

// What the task rows and menus need from issue #11's features, without threading it through
// every list component: the overdue thresholds, each task's pending decision, and the way to ask
// for a decision or the detail view (the App owns the reject dialog and the screens).

export interface ApprovalsUi {
  thresholds: OverdueThresholds;
  decisionFor(taskId: string): DecisionView | undefined;
  /** Approve at once (behind the undo window), or open the reject dialog. */
  requestDecision(task: TaskView, action: DecisionAction): void;
  showDetail(task: Pick<TaskView, 'id' | 'topic'>): void;
}

const DEFAULT_UI: ApprovalsUi = {
  thresholds: { amberAfterHours: 24, redAfterHours: 72 },
  decisionFor: () => undefined,
  requestDecision: () => undefined,
  showDetail: () => undefined,
};

const ApprovalsContext = createContext<ApprovalsUi>(DEFAULT_UI);

export function ApprovalsProvider({ value, children }: { value: ApprovalsUi; children: ReactNode }) {
  return <ApprovalsContext.Provider value={value}>{children}</ApprovalsContext.Provider>;
}

export function useApprovalsUi(): ApprovalsUi {
  return useContext(ApprovalsContext);
}

/** A to-do row can be acted on from the window: main said so (the scope, the setting, the API). */
export function canDecide(task: TaskView): boolean {
  return task.topic === '1' && task.details?.action.can === true;
}
