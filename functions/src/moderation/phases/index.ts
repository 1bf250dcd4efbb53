import type { Phase } from '../pipeline.ts';
import { moderationMode } from './moderation-mode.ts';
import { shape } from './shape.ts';
import { threadClosed } from './thread-closed.ts';

/** The phases every new or edited comment passes, in order; the first that decides ends the run. */
export const PHASES: ReadonlyArray<readonly [string, Phase]> = [
  ['shape', shape],
  ['thread-closed', threadClosed],
  ['moderation-mode', moderationMode],
];
