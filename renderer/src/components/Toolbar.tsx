import { useState, type RefObject } from 'react';
import { useTranslation } from '../i18n/i18n-context';
import { DEFAULT_SORT, effectiveSort, isFiltering, type GroupOption, type TaskQuery } from '../tasks/task-query';
import { FilterPanel } from './FilterPanel';
import { FilterIcon } from './icons';

interface ToolbarProps {
  query: TaskQuery;
  groups: GroupOption[];
  shown: number;
  /** Loading or failed: a count of what is shown would be a wrong "0". */
  countable: boolean;
  /** The tab has read and unread tasks (CC): offer "unread only". */
  canFilterUnread: boolean;
  canSortByWaiting: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  onChange(patch: Partial<TaskQuery>): void;
}

/** Search, and one "filter" button for everything else (approval group, sections, order). */
export function Toolbar({ query, groups, shown, countable, canFilterUnread, canSortByWaiting, searchRef, onChange }: ToolbarProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const reordered = query.groupBy !== 'none' || effectiveSort(query.sort, canSortByWaiting) !== effectiveSort(DEFAULT_SORT, canSortByWaiting);
  const filtering = isFiltering(query);
  return (
    <div className="toolbar">
      <div className="toolbar-row">
        <input
          ref={searchRef}
          type="search"
          className="search"
          data-search-box=""
          aria-label={t('search.label')}
          aria-keyshortcuts="/"
          title={t('search.hint')}
          placeholder={t('search.placeholder')}
          value={query.search}
          onChange={(event) => onChange({ search: event.target.value })}
        />
        <button
          type="button"
          className={`icon-button${filtering || reordered ? ' active' : ''}`}
          aria-expanded={open}
          aria-controls="filter-panel"
          aria-label={t('toolbar.filter')}
          title={t('toolbar.filter')}
          onClick={() => setOpen((value) => !value)}
        >
          <FilterIcon />
          {(filtering || reordered) && <span className="active-dot" aria-hidden="true" />}
        </button>
      </div>
      {open && <FilterPanel query={query} groups={groups} canFilterUnread={canFilterUnread} canSortByWaiting={canSortByWaiting} onChange={onChange} />}
      {filtering && countable && (
        <div className="filter-summary">
          <span className="shown-count" aria-live="polite">
            {t('toolbar.shown', { count: shown })}
          </span>
          <button type="button" className="link-button" onClick={() => onChange({ search: '', group: null, unreadOnly: false })}>
            {t('toolbar.clearFilters')}
          </button>
        </div>
      )}
    </div>
  );
}
