import { demoForm, demoSummaries } from '../../../electron/sandbox/approval-forms';
import { serialOf } from '../../../electron/sandbox/approval-instances';
import { parseForm } from '../../../shared/approval/form-parser';
import type { ActionAvailability, TaskDetailView, TaskView } from '../../../shared/ipc/view-types';
import type { BridgeScenario } from './test-bridge';

// Issue #11's extra data for the window's tests: to-do rows with details (summaries, waiting
// since, whether they can be acted on) and the detail view behind them, built from the sandbox's
// own demo forms so the rows and the form tell one story. Waiting times are fixed hours before
// `now`, so one row is fresh, one amber (over 24 h) and one red (over 72 h) on every run.

const HOUR = 3_600_000;
/** The to-do rows that get details: which approval, how long it has waited, whether it can be acted on. */
const PLAN: { definition: string; hours: number; action: ActionAvailability }[] = [
  { definition: '费用报销', hours: 80, action: { can: true } },
  { definition: '请假', hours: 2, action: { can: true } },
  { definition: '采购申请', hours: 30, action: { can: true } },
  { definition: '合同审批', hours: 5, action: { can: false, reason: 'signature' } },
  { definition: '费用报销', hours: 50, action: { can: false, reason: 'not-supported' } },
  { definition: '请假', hours: 1, action: { can: true } },
];
export const WAITING_HOURS = PLAN.map((row) => row.hours);

function detailFor(task: TaskView, waitingSince: number, action: ActionAvailability, now: number, index: number): TaskDetailView {
  const form = demoForm(task.definition.name, task.title, serialOf(task.id), now);
  const parsed = parseForm(JSON.stringify(form));
  const initiator = task.initiators[0]?.name ?? '';
  const summaries = demoSummaries(form, index + 3).filter((pair) => pair.value);
  // Some demo forms give no summary-worthy widget; a real approval would still show a few.
  const fallback = parsed.ok ? parsed.fields.slice(0, 3).map((field) => ({ key: field.name, value: field.text.slice(0, 24) })) : [];
  return {
    topic: task.topic,
    taskId: task.id,
    instanceCode: `INST-${task.id}`,
    serialNumber: `2026112${String(index).padStart(4, '0')}`,
    title: task.title,
    definitionName: task.definition.name,
    initiatorName: initiator,
    submittedAt: waitingSince - 2 * HOUR,
    waitingSince,
    summaries: summaries.length > 0 ? summaries : fallback,
    form: parsed,
    timeline: [
      { type: 'START', at: waitingSince - 2 * HOUR, who: initiator, comment: '' },
      { type: 'PASS', at: waitingSince, who: '王芳', comment: index % 2 === 0 ? '同意，请财务复核。' : 'Looks fine to me.' },
    ],
    action,
    openable: task.openable.pc,
  };
}

/**
 * Adds details to the first to-do rows (the ones the sandbox serves first, which pass the link
 * policy) and their detail views to the scenario; decisions get a fake undo window.
 */
export function withApprovals(scenario: BridgeScenario, now: number, options: { undoMs?: number; failures?: BridgeScenario['decisionFailures'] } = {}): BridgeScenario {
  const todo = scenario.topics['1'];
  if (!todo) return scenario;
  const details: Record<string, TaskDetailView> = {};
  const chosen = new Map<string, number>();
  for (const [index, row] of PLAN.entries()) {
    const task = todo.tasks.find((candidate) => candidate.definition.name === row.definition && candidate.openable.pc && !chosen.has(candidate.id));
    if (task) chosen.set(task.id, index);
  }
  const tasks = todo.tasks.map((task) => {
    const index = chosen.get(task.id);
    if (index === undefined) return task;
    const row = PLAN[index]!;
    const since = now - row.hours * HOUR;
    const detail = detailFor(task, since, row.action, now, index);
    details[task.id] = detail;
    return { ...task, details: { instanceCode: detail.instanceCode, summaries: detail.summaries, submittedAt: detail.submittedAt, waitingSince: since, action: detail.action } };
  });
  return {
    ...scenario,
    topics: { ...scenario.topics, '1': { ...todo, tasks } },
    state: { ...scenario.state, approvals: { details: { active: true, missingScopes: [] }, act: { active: true, missingScopes: [] } } },
    settings: { ...scenario.settings, approvals: { ...scenario.settings.approvals, actFromApp: true } },
    details,
    undoMs: options.undoMs ?? 5000,
    decisionFailures: options.failures ?? {},
  };
}

/** The detailed to-do rows, in the order the scenario holds them. */
export function detailedTasks(scenario: BridgeScenario): TaskView[] {
  return (scenario.topics['1']?.tasks ?? []).filter((task) => task.details);
}
