import type { RawTask } from '../../shared/feishu/raw-task';
import { TOPIC_CODES, isTopicCode } from '../../shared/tasks/topic';
import type { FaultState } from './faults';
import { parseFault } from './faults';
import type { Sandbox, SandboxReply, SandboxRequest } from './sandbox-types';

// /__sandbox/*: knobs for tests, the CLI and the demo running in another process.
//   POST /__sandbox/fault          {"kind":"rate-limited","times":1,"resetSeconds":3} | {} to clear
//   POST /__sandbox/tasks          {"topic":"1","title":"…"} adds a task (other fields optional)
//   POST /__sandbox/tasks/remove   {"topic":"1","task_id":"…"}
//   GET  /__sandbox/state          task counts per topic and the fault in force

export function registerControlRoutes(sandbox: Pick<Sandbox, 'route' | 'data'>, faults: FaultState): void {
  sandbox.route('POST', '/__sandbox/fault', (req) => {
    const body = readJson(req);
    if (body instanceof Error) return refuse(body.message);
    try {
      faults.set(parseFault(body));
    } catch (error) {
      return refuse((error as Error).message);
    }
    return { status: 200, body: { fault: faults.current() } };
  });

  sandbox.route('POST', '/__sandbox/tasks', (req) => {
    const body = readJson(req) ?? {};
    if (body instanceof Error || typeof body !== 'object' || Array.isArray(body)) return refuse('The body must be a JSON object like {"topic":"1","title":"…"}.');
    const { topic = '1', ...fields } = body as Record<string, unknown>;
    if (!isTopicCode(topic)) return refuse('topic must be one of 1, 2, 3, 17, 18.');
    return { status: 200, body: { task: sandbox.data.addTask(topic, fields as Partial<RawTask>) } };
  });

  sandbox.route('POST', '/__sandbox/tasks/remove', (req) => {
    const body = readJson(req) as { topic?: unknown; task_id?: unknown } | Error | undefined;
    if (!body || body instanceof Error || !isTopicCode(body.topic) || typeof body.task_id !== 'string') {
      return refuse('The body must be {"topic":"1","task_id":"…"}.');
    }
    return { status: 200, body: { removed: sandbox.data.removeTask(body.topic, body.task_id) } };
  });

  sandbox.route('GET', '/__sandbox/state', () => ({
    status: 200,
    body: { counts: Object.fromEntries(TOPIC_CODES.map((topic) => [topic, sandbox.data.count(topic)])), fault: faults.current() },
  }));
}

function readJson(req: SandboxRequest): unknown {
  try {
    return req.json();
  } catch {
    return new Error('The body must be JSON.');
  }
}

function refuse(message: string): SandboxReply {
  return { status: 400, body: { error: message } };
}
