import type { SiteDoc } from '../../core/src/docs.ts';

/**
 * The demo site's seed: a moderator, three articles and a believable discussion. Times are
 * minutes before seeding, so the demo always reads "2 hours ago" rather than a fixed date.
 */

/** The seeded moderator (also the site owner). Printed by `npm start`. */
export const DEMO_MODERATOR = { email: 'moderator@parley.test', password: 'parley-demo', name: 'Sam (moderator)' };

/** The demo site's SSO secret, used by the demo publisher's login (a real secret is made in the console). */
export const DEMO_SSO_SECRET = 'demo-sso-secret-not-for-production-use-0123456789';

/** The demo site's id, as the demo pages' `data-site` names it. */
export const DEMO_SITE_ID = 'demo';

/** Public configuration of the demo site. */
export const DEMO_SITE: SiteDoc = {
  name: 'The Daily Parley',
  locale: 'en',
  theme: 'auto',
  providers: ['guest'],
  moderation: 'post',
  editWindowSec: 15 * 60,
  maxLength: 10_000,
  origins: [],
};

/** A seeded comment; `replyTo` names an earlier comment's `key`. */
export interface SeedComment {
  key: string;
  replyTo?: string;
  name: string;
  email: string;
  body: string;
  minutesAgo: number;
  reactions?: number;
}

/** Seeded articles, by canonical URL. */
export const DEMO_THREADS: Array<{ url: string; title: string; comments: SeedComment[] }> = [
  {
    url: 'https://news.parley.test/2026/11/harbor-street-bike-lanes',
    title: 'City council approves protected bike lanes on Harbor Street',
    comments: [
      { key: 'a', name: 'Priya N.', email: 'priya@example.com', minutesAgo: 600, reactions: 12, body: 'Finally. I cycle down Harbor Street every morning and the stretch by the ferry terminal is **terrifying** at rush hour.' },
      { key: 'b', replyTo: 'a', name: 'Tom Becker', email: 'tom.becker@example.com', minutesAgo: 540, reactions: 3, body: 'Same here. The door zone outside the bakery is the worst part.' },
      { key: 'c', replyTo: 'b', name: 'Priya N.', email: 'priya@example.com', minutesAgo: 500, body: 'Exactly that spot. Hoping the spring timeline holds.' },
      { key: 'd', name: 'Marguerite Okafor', email: 'm.okafor@example.com', minutesAgo: 420, reactions: 7, body: 'I run a shop on the corner of Dock Road. Deliveries are a real concern:\n\n> The council asked the transport office to report back on delivery zones within sixty days.\n\nSixty days is *after* the design is settled. We need to be in the room now.' },
      { key: 'e', replyTo: 'd', name: 'Ana Petrović', email: 'ana.petrovic@example.com', minutesAgo: 380, reactions: 9, body: 'Fair point. The transport office is holding an open session for Harbor Street businesses on 9 December — details on the [city website](https://example.com/harbor-street).' },
      { key: 'f', name: 'Jonas', email: 'jonas@example.com', minutesAgo: 95, body: 'Fix the Mill Lane bridge first. Just saying.' },
    ],
  },
  {
    url: 'https://news.parley.test/2026/11/library-night-hours',
    title: 'The central library will stay open until midnight during exams',
    comments: [
      { key: 'a', name: 'Lea S.', email: 'lea@example.com', minutesAgo: 1300, reactions: 4, body: 'This is great news for students who share small flats.' },
      { key: 'b', replyTo: 'a', name: 'Omar', email: 'omar@example.com', minutesAgo: 1250, body: 'Agreed. Hope the café stays open too.' },
    ],
  },
  {
    url: 'https://news.parley.test/2026/11/ferry-timetable',
    title: 'Winter ferry timetable: fewer early sailings',
    comments: [],
  },
];
