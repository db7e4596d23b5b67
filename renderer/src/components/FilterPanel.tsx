import { useTranslation } from '../i18n/i18n-context';
import { effectiveSort, type GroupBy, type GroupOption, type SortOrder, type TaskQuery } from '../tasks/task-query';

interface FilterPanelProps {
  query: TaskQuery;
  groups: GroupOption[];
  canFilterUnread: boolean;
  /** Some task's waiting time is known: offer "longest waiting first" (which is newest first otherwise). */
  canSortByWaiting: boolean;
  onChange(patch: Partial<TaskQuery>): void;
}

/** What the filter button opens: which approvals, how the list is sectioned, in which order. */
export function FilterPanel({ query, groups, canFilterUnread, canSortByWaiting, onChange }: FilterPanelProps) {
  const { t } = useTranslation();
  return (
    <div className="filter-panel" id="filter-panel" role="group" aria-label={t('toolbar.filter')}>
      <label className="filter-field">
        <span>{t('toolbar.filterGroup')}</span>
        <select aria-label={t('toolbar.filterGroup')} value={query.group ?? ''} onChange={(event) => onChange({ group: event.target.value || null })}>
          <option value="">{t('toolbar.allGroups')}</option>
          {groups.map((group) => (
            <option key={group.key} value={group.key}>
              {t('task.groupCount', { name: group.name || t('task.unnamedGroup'), count: group.count })}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>{t('toolbar.groupBy')}</span>
        <select aria-label={t('toolbar.groupBy')} value={query.groupBy} onChange={(event) => onChange({ groupBy: event.target.value as GroupBy })}>
          <option value="none">{t('toolbar.groupNone')}</option>
          <option value="definition">{t('toolbar.groupDefinition')}</option>
          <option value="initiator">{t('toolbar.groupInitiator')}</option>
        </select>
      </label>
      <label className="filter-field">
        <span>{t('toolbar.sort')}</span>
        <select aria-label={t('toolbar.sort')} value={effectiveSort(query.sort, canSortByWaiting)} onChange={(event) => onChange({ sort: event.target.value as SortOrder })}>
          {canSortByWaiting && <option value="waiting">{t('toolbar.sortWaiting')}</option>}
          <option value="newest">{t('toolbar.sortNewest')}</option>
          <option value="oldest">{t('toolbar.sortOldest')}</option>
        </select>
      </label>
      {canFilterUnread && (
        <label className="filter-check">
          <input type="checkbox" checked={query.unreadOnly} onChange={(event) => onChange({ unreadOnly: event.target.checked })} />
          <span>{t('toolbar.unreadOnly')}</span>
        </label>
      )}
    </div>
  );
}
