import type { Phase } from '../pipeline.ts';
import { authorBanned } from './author-banned.ts';
import { duplicate } from './duplicate.ts';
import { firstTime } from './first-time.ts';
import { honeypot } from './honeypot.ts';
import { linkLimit } from './link-limit.ts';
import { moderationMode } from './moderation-mode.ts';
import { rateLimit } from './rate-limit.ts';
import { reservedName } from './reserved-name.ts';
import { spamService, toxicityService } from './services.ts';
import { shape } from './shape.ts';
import { threadClosed } from './thread-closed.ts';
import { bannedWords, suspectWords } from './words.ts';

/**
 * The phases every new or edited comment passes, in order; the first that decides ends the run.
 * Refusals come first (nothing is stored), then the honeypot (stored as spam), then the phases
 * that hold a comment for review, so that a comment both spammy and link-heavy is filed as spam
 * and a banned word is refused even in a comment that also has too many links.
 */
export const PHASES: ReadonlyArray<readonly [string, Phase]> = [
  ['shape', shape],
  ['thread-closed', threadClosed],
  ['author-banned', authorBanned],
  ['reserved-name', reservedName],
  ['rate-limit', rateLimit],
  ['duplicate', duplicate],
  ['banned-words', bannedWords],
  ['honeypot', honeypot],
  ['link-limit', linkLimit],
  ['suspect-words', suspectWords],
  ['first-time', firstTime],
  ['spam-service', spamService],
  ['toxicity-service', toxicityService],
  ['moderation-mode', moderationMode],
];
