import { ApiError, isApiError } from '../feishu/api-error';
import type { TopicResult } from '../feishu/tasks-client';
import type { TopicCode } from '../tasks/topic';

// One poll: fetch each topic in turn. The first failure ends the cycle, because whatever broke
// (network, auth, rate limit, quota) would break the remaining topics too and cost calls.

export type CycleOutcome = { ok: true } | { ok: false; topic: TopicCode; error: ApiError };

export interface PollCycleInput {
  topics: readonly TopicCode[];
  fetchTopic: (topic: TopicCode, signal: AbortSignal | undefined) => Promise<TopicResult>;
  signal: AbortSignal | undefined;
  onResult: (topic: TopicCode, result: TopicResult) => void;
  onError: (topic: TopicCode, error: ApiError) => void;
  /** API calls spent, reported as soon as they are known (also after the poller was stopped). */
  onCalls: (count: number) => void;
}

export async function runPollCycle(input: PollCycleInput): Promise<CycleOutcome> {
  for (const topic of input.topics) {
    let result: TopicResult;
    try {
      result = await input.fetchTopic(topic, input.signal);
    } catch (thrown) {
      const error = toApiError(thrown, topic);
      input.onCalls(callsSpentBy(error));
      input.onError(topic, error);
      return { ok: false, topic, error };
    }
    input.onCalls(result.calls);
    input.onResult(topic, result);
  }
  return { ok: true };
}

/**
 * A failed fetch counts as one call when the server answered (any kind but 'network'): the
 * quota is charged for refused calls too. A network failure counts as none, because the usual
 * ones (offline, DNS, refused connection) never reach Feishu, and counting them would make an
 * offline laptop look as if it were burning the monthly quota. Known undercount: calls made for
 * earlier pages or the client's one auth retry before the failure are not in the error.
 */
export function callsSpentBy(error: ApiError): number {
  return error.kind === 'network' ? 0 : 1;
}

function toApiError(thrown: unknown, topic: TopicCode): ApiError {
  if (isApiError(thrown)) return thrown;
  // Not the client's contract: treat as a malformed answer (backs off). The original message is
  // not copied, since an unknown error could carry anything.
  const name = thrown instanceof Error ? thrown.name : typeof thrown;
  return new ApiError({
    kind: 'malformed',
    message: `Fetching topic ${topic} failed unexpectedly (${name}).`,
    request: `tasks/query topic=${topic}`,
  });
}
