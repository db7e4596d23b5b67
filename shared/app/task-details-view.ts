import type { TopicView } from '../ipc/view-types';
import type { TopicState } from './topic-state';

// The topic state seen with the enrichment's details on its views (TaskView.details, issue #11):
// everything else passes through, so the rest of the core needs no change.

export function withTaskDetails(topics: TopicState, decorate: (view: TopicView) => TopicView): TopicState {
  return { ...topics, view: (topic, now) => decorate(topics.view(topic, now)) };
}
