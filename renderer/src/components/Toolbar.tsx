import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupBy, GroupOption, SortOrder, TaskQuery } from '../tasks/task-query';

interface ToolbarProps {
  query: TaskQuery;
  groups: GroupOption[];
  shown: number;
  searchRef: RefObject<HTMLInputElement | null>;
  onChange(patch: Partial<TaskQuery>): void;
}

export function Toolbar({ query, groups, shown, searchRef, onChange }: ToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar">
      <input
        ref={searchRef}
        type="search"
        className="search"
        data-search-box=""
        aria-label={t('search.label')}
        aria-keyshortcuts="/"
        placeholder={t('search.placeholder')}
        value={query.search}
        onChange={(event) => onChange({ search: event.target.value })}
      />
      <select
        aria-label={t('toolbar.filterGroup')}
        value={query.group ?? ''}
        onChange={(event) => onChange({ group: event.target.value || null })}
      >
        <option value="">{t('toolbar.allGroups')}</option>
        {groups.map((group) => (
          <option key={group.key} value={group.key}>
            {t('task.groupCount', { name: group.name || t('task.unnamedGroup'), count: group.count })}
          </option>
        ))}
      </select>
      <select aria-label={t('toolbar.groupBy')} value={query.groupBy} onChange={(event) => onChange({ groupBy: event.target.value as GroupBy })}>
        <option value="none">{t('toolbar.groupNone')}</option>
        <option value="definition">{t('toolbar.groupDefinition')}</option>
        <option value="initiator">{t('toolbar.groupInitiator')}</option>
      </select>
      <select aria-label={t('toolbar.sort')} value={query.sort} onChange={(event) => onChange({ sort: event.target.value as SortOrder })}>
        <option value="newest">{t('toolbar.sortNewest')}</option>
        <option value="oldest">{t('toolbar.sortOldest')}</option>
      </select>
      <span className="shown-count" aria-live="polite">
        {t('toolbar.shown', { count: shown })}
      </span>
    </div>
  );
}
