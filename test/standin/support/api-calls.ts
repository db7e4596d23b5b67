import type { FetchRecord } from '../electron/records';

// The call economy, read off the stand-in's net.fetch record: which API calls the app made.

export const TASKS_QUERY = '/open-apis/approval/v4/tasks/query';

export function taskQueries(fetches: FetchRecord[], since = 0): { topic: string; at: number; pageToken: string | null }[] {
  return fetches
    .filter((fetch) => fetch.at >= since && new URL(fetch.url).pathname === TASKS_QUERY)
    .map((fetch) => {
      const url = new URL(fetch.url);
      return { topic: url.searchParams.get('topic') ?? '', at: fetch.at, pageToken: url.searchParams.get('page_token') };
    });
}

/** How many task queries per topic (first pages only: a page token continues a call). */
export function callsPerTopic(fetches: FetchRecord[], since = 0): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const query of taskQueries(fetches, since)) if (!query.pageToken) counts[query.topic] = (counts[query.topic] ?? 0) + 1;
  return counts;
}
