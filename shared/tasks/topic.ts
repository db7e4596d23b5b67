// A task topic ("分组") as the API numbers it. The CLI and the UI accept names too.
export const TOPIC_CODES = ['1', '2', '3', '17', '18'] as const;
export type TopicCode = (typeof TOPIC_CODES)[number];

export const TOPIC_NAMES = {
  '1': 'todo',
  '2': 'done',
  '3': 'initiated',
  '17': 'cc-unread',
  '18': 'cc-read',
} as const satisfies Record<TopicCode, string>;
export type TopicName = (typeof TOPIC_NAMES)[TopicCode];

/** `todo`, `1`, ` TODO ` → `'1'`; anything else → undefined. */
export function parseTopic(input: string): TopicCode | undefined {
  const value = input.trim().toLowerCase();
  for (const code of TOPIC_CODES) {
    if (value === code || value === TOPIC_NAMES[code]) return code;
  }
  return undefined;
}

export function isTopicCode(value: unknown): value is TopicCode {
  return typeof value === 'string' && (TOPIC_CODES as readonly string[]).includes(value);
}
