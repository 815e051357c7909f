/*
 * A plugin's scheduled task run on demand over HTTP, through the
 * scheduler's own endpoints (`/.backstage/scheduler/v1/tasks`), so a test
 * of the booted backend need not wait for a task's next run.
 */

type TaskState = {
  status: 'idle' | 'running';
  lastRunEndedAt?: string;
};

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** The state of `taskId` of `pluginId` as the scheduler reports it. */
async function stateOf(
  baseUrl: string,
  token: string,
  pluginId: string,
  taskId: string,
): Promise<TaskState | undefined> {
  const res = await fetch(
    `${baseUrl}/api/${pluginId}/.backstage/scheduler/v1/tasks`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  if (!res.ok) throw new Error(`scheduler tasks: ${res.status}`);
  const { tasks } = await res.json();
  return tasks.find((t: { taskId: string }) => t.taskId === taskId)?.taskState;
}

/**
 * Runs a global task once more and waits until that run has ended: when the
 * task is idle it is triggered and a newer end of run awaited; while it
 * runs, the end of that run and then of the triggered one.
 */
export async function runScheduledTask(
  baseUrl: string,
  token: string,
  pluginId: string,
  taskId: string,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const state = () => stateOf(baseUrl, token, pluginId, taskId);
  let before = await state();
  while (before?.status === 'running') {
    if (Date.now() > deadline) throw new Error(`${taskId} keeps running`);
    await sleep(500);
    before = await state();
  }
  // Run ends are told apart by the second: the triggered one ends in a later one.
  await sleep(1100);
  const triggered = await fetch(
    `${baseUrl}/api/${pluginId}/.backstage/scheduler/v1/tasks/${taskId}/trigger`,
    { method: 'POST', headers: { Authorization: `Bearer ${token}` } },
  );
  if (!triggered.ok) {
    throw new Error(`triggering ${taskId}: ${triggered.status}`);
  }
  for (;;) {
    const now = await state();
    if (
      now?.status === 'idle' &&
      now.lastRunEndedAt &&
      now.lastRunEndedAt !== before?.lastRunEndedAt
    ) {
      return;
    }
    if (Date.now() > deadline) throw new Error(`${taskId} did not run`);
    await sleep(500);
  }
}
