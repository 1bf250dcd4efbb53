/**
 * Ways to wait for "nothing more will happen" without guessing a duration.
 */

/**
 * Resolves once every promise continuation queued so far has run: the event loop starts a new
 * task only when the microtask queue is empty. For answers the in-memory clients give in promise
 * continuations (no timers), such as a held call just released.
 */
export function afterPendingPromises(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves after two animation frames and the task after them: work scheduled before this call
 * for after the next render has run by then, since frame callbacks and tasks run in the order they
 * were requested. That covers the widget's focus and scrolling (view-model.ts schedules them two
 * frames ahead) and Preact's effects (the frame after a render, then a task).
 */
export function afterRenderFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
