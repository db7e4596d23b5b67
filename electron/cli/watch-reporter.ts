import { join } from 'node:path';
import type { ApiError } from '../../shared/feishu/api-error';
import type { RawTask } from '../../shared/feishu/raw-task';
import type { TopicResult } from '../../shared/feishu/tasks-client';
import { createSeenState, observeTasks, parseSeenState } from '../../shared/tasks/seen-ledger';
import type { SeenState } from '../../shared/tasks/seen-ledger';
import type { TopicCode } from '../../shared/tasks/topic';
import type { CliIo } from '../auth/cli-auth-context';
import { createJsonStateFile } from '../state/json-state-file';
import { stateOwnerKey } from '../state/state-owner-key';
import type { ApiSession } from './api-session';
import { jsonLine } from './json-line';
import { terminalSafe } from './terminal-text';

// What `watch` prints, and the memory of what it printed. The ledger is saved after every cycle
// that changed it (atomically), so a restart prints neither the backlog nor old tasks again.
// One ledger per account (stateOwnerKey), so switching accounts never mixes them up.

export interface WatchReporter {
  result(topic: TopicCode, result: TopicResult): void;
  error(error: ApiError): void;
  flush(): Promise<void>;
}

export async function createWatchReporter(options: {
  io: CliIo;
  json: boolean;
  stateDir: string;
  session: Pick<ApiSession, 'baseUrl' | 'userId'>;
  now(): number;
}): Promise<WatchReporter> {
  const { io, json } = options;
  const owner = stateOwnerKey(options.session.baseUrl, options.session.userId);
  const file = createJsonStateFile(join(options.stateDir, `watch-seen-${owner}.json`), { parse: parseSeenState, fallback: createSeenState });
  const read = await file.read();
  if (read.repaired) io.stderr(`watch: ${read.message ?? 'the state file was broken'}; started afresh.`);
  let state: SeenState = read.value;
  let saving: Promise<void> = Promise.resolve();

  const print = (event: object, human: string) => io.stdout(json ? jsonLine(event) : human);

  return {
    result(topic, result) {
      // result.tasks is every page (only the count is capped at 999), so "gone" is reliable.
      const observed = observeTasks(state, topic, result.tasks, options.now());
      // Queue the save before printing: a stop that comes as a reaction to a printed line (Ctrl-C,
      // a status bar closing the pipe) then waits for it in flush(), so a restart repeats nothing.
      state = observed.state;
      const snapshot = state;
      saving = saving
        .then(() => file.write(snapshot))
        .catch((error: unknown) => io.stderr(`watch: could not save what was reported: ${error instanceof Error ? error.message : String(error)}`));
      if (observed.backlog !== null) {
        // The tasks actually waiting (all pages), not count.total, which stops at 999.
        print({ event: 'backlog', total: observed.backlog }, `${observed.backlog} task(s) already waiting. New ones will be printed as they arrive.`);
      }
      const rawById = new Map<string, RawTask>();
      if (observed.newTasks.length > 0) for (const raw of result.rawTasks) if (typeof raw.task_id === 'string') rawById.set(raw.task_id, raw);
      for (const task of observed.newTasks) {
        const initiators = task.initiators.map((p) => p.name || p.id).join(', ');
        print(
          { event: 'task.new', task: rawById.get(task.id) ?? task },
          terminalSafe(`New: ${task.title} — ${task.definition.name}${initiators ? ` — ${initiators}` : ''}`),
        );
      }
    },
    error(error) {
      print({ event: 'error', kind: error.kind, message: error.message }, `Error (${error.kind}): ${error.message}`);
    },
    flush: () => saving,
  };
}
