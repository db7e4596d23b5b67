// A form widget as the app shows it (read-only): a kind the UI knows how to draw, the widget's
// name, and `text`, one line a person reads. Kinds carry their structured value too, so a view
// can format amounts or ranges its own way. Unknown widget types become 'text' with their raw
// value printed, never dropped.

export const FIELD_KINDS = [
  'text',
  'textarea',
  'number',
  'amount',
  'date',
  'dateRange',
  'options',
  'people',
  'departments',
  'attachments',
  'table',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface FormField {
  name: string;
  kind: FieldKind;
  /** The widget's own `type` as sent ("amount", "radioV2", "somethingNew"). */
  widgetType: string;
  text: string;
  amount?: { value: number; currency: string };
  range?: { start: string; end: string; days: number | null };
  /** Options chosen, people or department ids/names, attachment file names. */
  items?: string[];
  /** fieldList rows. */
  rows?: FormField[][];
}
