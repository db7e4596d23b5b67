import type { Settings } from '../settings/settings';
import type { TopicCode } from '../tasks/topic';

// What the poller fetches every cycle: only what the badge and notifications need. The other
// topics are fetched when the window shows them.
export function polledTopics(settings: Pick<Settings, 'watchCcUnread'>): TopicCode[] {
  return settings.watchCcUnread ? ['1', '17'] : ['1'];
}
