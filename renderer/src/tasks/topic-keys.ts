import { TOPIC_NAMES, type TopicCode } from '../../../shared/tasks/topic';

/** Catalog keys of a topic's name and its empty state. */
export function topicLabelKey(topic: TopicCode) {
  return `topics.${TOPIC_NAMES[topic]}` as const;
}

export function emptyKeys(topic: TopicCode) {
  const name = TOPIC_NAMES[topic];
  return { title: `empty.${name}`, hint: `empty.${name}Hint` } as const;
}
