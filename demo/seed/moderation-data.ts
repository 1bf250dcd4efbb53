import type { SiteDoc, SiteSettingsDoc } from '../../core/src/docs.ts';
import type { CommentStatus } from '../../core/src/types.ts';

/**
 * Seed for the moderation console: held, reported, spam and rejected comments on the demo site,
 * authors' standing, 30 days of statistics, a few logged decisions, a second moderator, and a
 * second site ("gazette") that the demo moderator does not moderate.
 */

/** A second account, moderator (not owner) of the demo site. */
export const DEMO_SECOND_MODERATOR = { email: 'kim@parley.test', password: 'parley-demo', name: 'Kim (moderator)' };

/** A site the demo moderator holds no role on; its own owner. */
export const OTHER_SITE_ID = 'gazette';
export const OTHER_SITE_OWNER = { email: 'editor@gazette.test', password: 'parley-demo', name: 'Gazette editor' };
export const OTHER_SITE: SiteDoc = {
  name: 'The Harbor Gazette',
  locale: 'en',
  theme: 'auto',
  providers: ['guest'],
  moderation: 'pre',
  editWindowSec: 15 * 60,
  maxLength: 10_000,
  origins: [],
};
export const OTHER_SITE_THREAD = { url: 'https://gazette.parley.test/2026/11/regatta', title: 'Regatta moved to Sunday' };
/** A comment held on the other site: the demo moderator must never see it. */
export const OTHER_SITE_COMMENT = { name: 'Gazette reader', email: 'reader@gazette.test', body: 'Gazette-only comment awaiting review.' };

/** The demo site's moderation settings (no rate limits: the server's defaults apply; staff names are added by the seed). */
export const DEMO_SETTINGS: Omit<SiteSettingsDoc, 'rateLimits' | 'reservedNames'> = {
  bannedWords: ['casino-bonus'],
  suspectWords: ['idiot', 'scam'],
  linkLimit: 2,
  reportThreshold: 3,
  accountDeletion: 'anonymise',
};

/** A comment in some moderation state, with why it is there. */
export interface SeedHeldComment {
  thread: string;
  /** Key of a seeded comment of the same thread this one answers (see demo-data.ts). */
  replyTo?: string;
  name: string;
  email: string;
  body: string;
  minutesAgo: number;
  status: CommentStatus;
  decision: { phase: string; reason: string };
  scores?: { spam?: number; toxicity?: number };
  reports?: Array<{ reason: 'spam' | 'abuse' | 'off-topic' | 'illegal'; details: string }>;
}

const HARBOR = 'https://news.parley.test/2026/11/harbor-street-bike-lanes';
const LIBRARY = 'https://news.parley.test/2026/11/library-night-hours';
const FERRY = 'https://news.parley.test/2026/11/ferry-timetable';

/** Comments for the queues. Approved ones here only carry reports; none is on the Harbor Street page readers see. */
export const HELD_COMMENTS: SeedHeldComment[] = [
  {
    thread: HARBOR,
    name: 'Derek M.',
    email: 'derek@example.com',
    minutesAgo: 42,
    status: 'pending',
    body: 'Cyclists already get everything in this city. What about the **parking** we lose on Harbor Street?',
    decision: { phase: 'first-time', reason: 'first comment on this site' },
  },
  {
    thread: HARBOR,
    replyTo: 'd',
    name: 'Sofia Lind',
    email: 'sofia.lind@example.com',
    minutesAgo: 30,
    status: 'pending',
    body: 'Delivery zones work well in other cities: [Ghent](https://example.com/ghent), [Utrecht](https://example.com/utrecht) and [Lyon](https://example.com/lyon) all did it.',
    decision: { phase: 'link-limit', reason: '3 links (the limit is 2)' },
  },
  {
    thread: FERRY,
    name: 'Angry Commuter',
    email: 'commuter@example.com',
    minutesAgo: 18,
    status: 'pending',
    body: 'Whoever planned this timetable is an idiot who never takes the 6:40.',
    decision: { phase: 'suspect-words', reason: 'contains: idiot' },
    scores: { toxicity: 0.81 },
  },
  {
    thread: LIBRARY,
    name: 'Rob T.',
    email: 'rob.t@example.com',
    minutesAgo: 70,
    status: 'pending',
    body: 'Students are lazy anyway, keep it closed at 8.',
    decision: { phase: 'default', reason: 'passed every check' },
    reports: [
      { reason: 'abuse', details: 'Insulting to students.' },
      { reason: 'abuse', details: '' },
      { reason: 'off-topic', details: 'Nothing to do with opening hours.' },
    ],
  },
  {
    thread: LIBRARY,
    name: 'Hana K.',
    email: 'hana@example.com',
    minutesAgo: 200,
    status: 'approved',
    body: 'The reading room on the second floor is freezing at night, bring a jumper.',
    decision: { phase: 'default', reason: 'passed every check' },
    reports: [{ reason: 'off-topic', details: 'Not about the opening hours.' }],
  },
  {
    thread: HARBOR,
    name: 'Best E-Bikes',
    email: 'sales@ebikes.example',
    minutesAgo: 12,
    status: 'spam',
    body: 'Cheap e-bikes!!! 70% off today only at https://example.com/deal',
    decision: { phase: 'spam-service', reason: 'classified as spam' },
    scores: { spam: 0.97 },
  },
  {
    thread: FERRY,
    name: 'Work From Home',
    email: 'wfh@example.net',
    minutesAgo: 240,
    status: 'spam',
    body: 'I earn $500 a day from home, ask me how.',
    decision: { phase: 'spam-service', reason: 'classified as spam' },
    scores: { spam: 0.93 },
  },
  {
    thread: LIBRARY,
    name: 'Troll 42',
    email: 'troll42@example.com',
    minutesAgo: 300,
    status: 'rejected',
    body: 'Nobody reads books any more, close the whole thing.',
    decision: { phase: 'first-time', reason: 'first comment on this site' },
  },
];

/** Authors' standing beyond their counts: Priya is trusted, the spammer banned for a week. */
export const AUTHOR_STANDING: Record<string, { trusted?: boolean; banDays?: number; banReason?: string }> = {
  'priya@example.com': { trusted: true },
  'sales@ebikes.example': { banDays: 7, banReason: 'Advertising' },
};

/** Comments per day by outcome for the activity chart: a steady pattern, deterministic so screenshots compare. */
export function statsForDay(index: number): { approved: number; pending: number; rejected: number; spam: number } {
  const wave = (period: number, size: number) => Math.round(((Math.sin(index / period) + 1) / 2) * size);
  return { approved: 6 + wave(3, 10) + (index % 7 === 5 ? 8 : 0), pending: wave(2, 3), rejected: wave(4, 2), spam: (index * 7) % 5 };
}
