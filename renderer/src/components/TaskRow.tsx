import { memo } from 'react';
import { useTranslation } from '../i18n/i18n-context';
import type { TaskView } from '../../../shared/ipc/view-types';
import { taskTitle } from '../../../shared/tasks/task-title';
import type { TimeFormat } from '../i18n/time-format';
import { rowChips } from '../tasks/row-chips';
import type { UiLanguage } from '../../../shared/settings/resolve-language';
import { useApprovalsUi } from '../approvals/approvals-context';
import { decisionChip } from '../approvals/decision-chip';
import { summaryParts } from '../approvals/summary-line';
import { WaitingLabel } from '../approvals/WaitingLabel';

interface TaskRowProps {
  task: TaskView;
  index: number;
  selected: boolean;
  menuOpen: boolean;
  now: number;
  time: TimeFormat;
  onOpen(task: TaskView, row: HTMLElement): void;
  onSelect(index: number): void;
  onMenu(task: TaskView, anchor: HTMLElement): void;
}

export const TaskRow = memo(function TaskRow({ task, index, selected, menuOpen, now, time, onOpen, onSelect, onMenu }: TaskRowProps) {
  const { t, i18n } = useTranslation();
  const ui = useApprovalsUi();
  const title = taskTitle(task, t('task.untitled'));
  const initiators = task.initiators.map((person) => person.name).join(', ') || t('task.noInitiator');
  const details = task.details;
  const summary = details ? summaryParts(details.summaries, i18n.language as UiLanguage) : [];
  const decision = ui.decisionFor(task.id);
  const chips = decision ? [...rowChips(t, task), decisionChip(t, decision)] : rowChips(t, task);
  return (
    <div
      className={`task-row${selected ? ' selected' : ''}${details ? ' detailed' : ''}`}
      role="listitem"
      aria-current={selected || undefined}
      data-task-row={task.id}
      data-topic={task.topic}
      data-new-row={task.isNew || undefined}
    >
      <button type="button" className="task-open" title={title} onClick={(event) => onOpen(task, event.currentTarget)} onFocus={() => onSelect(index)}>
        <span className="task-line task-head">
          {task.isNew && (
            <span className="new-marker" aria-label={t('task.new')} title={t('task.new')}>
              ●
            </span>
          )}
          <span className="task-title">{title}</span>
          {chips.map((chip) => (
            <span key={chip} className="chip">
              {chip}
            </span>
          ))}
        </span>
        {summary.length > 0 && (
          <span className="task-line task-summary" data-testid="row-summary">
            {summary.join(' · ')}
          </span>
        )}
        <span className="task-line task-meta">
          <span className="task-definition">{task.definition.name}</span>
          <span className="task-initiators">{initiators}</span>
          {!task.openable.pc && <span className="no-link">{t('task.noLinkShort')}</span>}
          {details?.waitingSince != null ? (
            <span className="task-seen">
              <WaitingLabel since={details.waitingSince} now={now} thresholds={ui.thresholds} />
            </span>
          ) : (
            <span className="task-seen">{time.relative(task.firstSeenAt, now)}</span>
          )}
        </span>
      </button>
      <button
        type="button"
        className="task-more"
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        aria-label={t('task.more', { title })}
        title={t('task.moreShort')}
        onClick={(event) => onMenu(task, event.currentTarget)}
      >
        ⋯
      </button>
    </div>
  );
});
