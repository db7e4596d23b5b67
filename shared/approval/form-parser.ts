import type { FieldKind, FormField } from './form-field';

// The instance `form`, a JSON *string* of widgets (reference §4.1 "控件值说明"), read
// defensively: malformed JSON gives an error value (the official doc's own example is
// malformed), a widget of an unknown type is shown as text, attachments by name only (their
// URLs expire after 12 h and carry an auth code: never shown, never opened from here).

export type ParsedForm = { ok: true; fields: FormField[] } | { ok: false; error: string };

type Widget = Record<string, unknown>;
const MAX_DEPTH = 3;

export function parseForm(json: unknown): ParsedForm {
  if (json === undefined || json === null || json === '') return { ok: true, fields: [] };
  if (typeof json !== 'string') return { ok: false, error: 'The form is not a JSON string.' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: 'The form could not be read: it is not valid JSON.' };
  }
  if (!Array.isArray(value)) return { ok: false, error: 'The form could not be read: it is not a list of widgets.' };
  return { ok: true, fields: readWidgets(value, 0) };
}

function readWidgets(list: unknown[], depth: number): FormField[] {
  return list.filter((item): item is Widget => item !== null && typeof item === 'object' && !Array.isArray(item)).map((widget) => readWidget(widget, depth));
}

const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(str).filter((s) => s !== '') : str(value) ? [str(value)] : []);

function field(widget: Widget, kind: FieldKind, text: string, extra: Partial<FormField> = {}): FormField {
  return { name: str(widget.name), kind, widgetType: str(widget.type), text, ...extra };
}

function readWidget(widget: Widget, depth: number): FormField {
  const value = widget.value;
  switch (str(widget.type)) {
    case 'input':
    case 'address':
      return field(widget, 'text', str(value));
    case 'textarea':
      return field(widget, 'textarea', str(value));
    case 'number':
    case 'formula':
      return field(widget, 'number', numberText(value));
    case 'amount':
      return amount(widget);
    case 'date':
      return field(widget, 'date', dateText(str(value)));
    case 'dateInterval':
      return dateRange(widget);
    case 'radio':
    case 'radioV2':
    case 'checkbox':
    case 'checkboxV2':
      return options(widget);
    case 'contact': {
      const ids = strings(widget.open_ids).length > 0 ? strings(widget.open_ids) : strings(value);
      return field(widget, 'people', ids.join(', '), { items: ids });
    }
    case 'department':
      return departments(widget);
    case 'attachmentV2':
    case 'attachment':
    case 'image':
    case 'imageV2':
      return attachments(widget);
    case 'fieldList':
      return table(widget, depth);
    default:
      return field(widget, 'text', fallbackText(value));
  }
}

function numberText(value: unknown): string {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(number) ? String(number) : str(value);
}

function amount(widget: Widget): FormField {
  const number = typeof widget.value === 'number' ? widget.value : Number(str(widget.value) || Number.NaN);
  const ext = widget.ext !== null && typeof widget.ext === 'object' ? (widget.ext as Widget) : {};
  const currency = str(ext.currency) || str(widget.currency);
  if (!Number.isFinite(number)) return field(widget, 'amount', str(widget.value));
  const shown = number.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return field(widget, 'amount', currency ? `${shown} ${currency}` : shown, { amount: { value: number, currency } });
}

/** RFC3339 as sent: the date in the sender's own offset, with the time when it is not midnight. */
function dateText(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?/.exec(value);
  if (!match) return value;
  return match[2] && match[2] !== '00:00' ? `${match[1]} ${match[2]}` : (match[1] ?? value);
}

function dateRange(widget: Widget): FormField {
  const range = widget.value !== null && typeof widget.value === 'object' ? (widget.value as Widget) : {};
  const start = dateText(str(range.start));
  const end = dateText(str(range.end));
  const days = typeof range.interval === 'number' && Number.isFinite(range.interval) ? range.interval : null;
  const text = `${start} ~ ${end}${days !== null ? ` (${days} d)` : ''}`;
  return field(widget, 'dateRange', start || end ? text : fallbackText(widget.value), { range: { start, end, days } });
}

function options(widget: Widget): FormField {
  const option = widget.option !== null && typeof widget.option === 'object' ? str((widget.option as Widget).text) : '';
  const chosen = option ? [option] : strings(widget.value);
  return field(widget, 'options', chosen.join(', '), { items: chosen });
}

function departments(widget: Widget): FormField {
  const list = Array.isArray(widget.value) ? widget.value : [];
  const names = list.map((d) => (d !== null && typeof d === 'object' ? str((d as Widget).name) || str((d as Widget).open_id) : str(d))).filter(Boolean);
  return field(widget, 'departments', names.join(', '), { items: names });
}

/** Names only: from ext ("a.zip,b.xlsx", or quoted as in the doc's example). */
function attachments(widget: Widget): FormField {
  const names = str(widget.ext)
    .split(',')
    .map((name) => name.trim().replace(/^'(.*)'$/, '$1'))
    .filter(Boolean);
  const count = Array.isArray(widget.value) ? widget.value.length : widget.value ? 1 : 0;
  const shown = names.length > 0 ? names : Array.from({ length: count }, (_, i) => `#${i + 1}`);
  return field(widget, 'attachments', shown.join(', '), { items: shown });
}

function table(widget: Widget, depth: number): FormField {
  const rawRows = Array.isArray(widget.value) ? widget.value : [];
  const rows = depth >= MAX_DEPTH ? [] : rawRows.filter(Array.isArray).map((row) => readWidgets(row as unknown[], depth + 1));
  const text = rows.map((row) => row.map((cell) => `${cell.name}: ${cell.text}`).join(', ')).join('; ');
  return field(widget, 'table', text, { rows });
}

/** An unknown widget: its value as text, whatever shape it has. */
function fallbackText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return '';
  }
}
