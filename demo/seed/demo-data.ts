import type { SiteDoc } from '../../core/src/docs.ts';
import { PROVIDERS } from '../../core/src/providers.ts';
import type { Badge } from '../../core/src/types.ts';

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
  // Every identity path, so the demo shows them all (the Auth emulator accepts any provider).
  providers: [...PROVIDERS],
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
  pinned?: boolean;
  badges?: Badge[];
}

/** What readers said about the library's night hours: enough for a second page and long reply chains. */
const LIBRARY_VOICES: Array<[string, string]> = [
  ['Hannah K.', 'Will the study rooms on the third floor be bookable after 10 pm?'],
  ['Mateo', 'Good news. The reading room is the only quiet place I know in the centre.'],
  ['Ines R.', 'I hope the bike racks outside get lighting too; it is pitch dark there in winter.'],
  ['Paul', 'Is there any plan to keep this going after the exam period?'],
  ['Yuki T.', 'The last bus leaves at 23:40. Midnight closing does not help those of us who live out of town.'],
  ['Leonie', 'Thank you to the staff who volunteered for the late shifts.'],
  ['Carlos M.', 'Please keep the café machine running. That is all I ask.'],
  ['Amina', 'A quiet floor and a group floor would solve most of the noise complaints.'],
  ['Jonas', 'Are the computers on the ground floor available at night as well?'],
  ['Femi O.', 'My daughter studies there every evening; she will be delighted.'],
  ['Greta', 'It was open until midnight in 2019 too, and it worked well.'],
  ['Nils', 'Who pays for the extra hours? The article does not say.'],
  ['Sara L.', 'Heating in the east wing is broken, for anyone planning a long night.'],
  ['Tomasz', 'The wifi drops every evening around nine. Hopefully that gets fixed first.'],
  ['Olga V.', 'Will the children’s section stay closed in the evenings?'],
  ['Rafael', 'Great for night-shift workers too, not only students.'],
  ['Chloé', 'Can we get more power sockets near the long tables?'],
  ['Emre', 'Security at night was a problem at the old building. I hope that was thought through.'],
  ['Linnea', 'I will be there on Friday. See you at the big table by the window.'],
  ['Victor', 'The entrance on Kirk Street should stay open; the main door is far from the tram.'],
  ['Maja', 'Finally a place to study that is not my kitchen.'],
  ['Ben A.', 'Please publish the schedule as a calendar file so we can subscribe.'],
  ['Noor', 'Do the lockers work after the desk closes?'],
  ['Ivo', 'The extra staff hours should be paid properly, not covered by volunteers.'],
];

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
      { key: 'pin', name: DEMO_MODERATOR.name, email: DEMO_MODERATOR.email, minutesAgo: 1400, pinned: true, badges: ['moderator'], body: 'Editor’s note: the library confirmed the late hours run from **2 to 20 December**. Questions for the staff go in this thread.' },
      { key: 'a', name: 'Lea S.', email: 'lea@example.com', minutesAgo: 1300, reactions: 4, body: 'This is great news for students who share small flats.' },
      { key: 'b', replyTo: 'a', name: 'Omar', email: 'omar@example.com', minutesAgo: 1250, body: 'Agreed. Hope the café stays open too.' },
      { key: 'c', replyTo: 'b', name: 'Lea S.', email: 'lea@example.com', minutesAgo: 1240, body: 'The café closes at eight, says the staff.' },
      { key: 'd', replyTo: 'c', name: 'Omar', email: 'omar@example.com', minutesAgo: 1230, body: 'Then a vending machine at least?' },
      { key: 'e', replyTo: 'd', name: 'Priya N.', email: 'priya@example.com', minutesAgo: 1220, body: 'There is one by the lockers, but it only takes coins.' },
      { key: 'f', replyTo: 'e', name: 'Omar', email: 'omar@example.com', minutesAgo: 1210, body: 'Coins! In 2026!' },
      { key: 'q', name: 'Dario', email: 'dario@example.com', minutesAgo: 1200, reactions: 6, body: 'Which floors stay open after 8 pm? The article only mentions the reading room.' },
      ...['Ground floor and the reading room, per the notice at the entrance.', 'The third floor too, if you book a room.', 'Not the archive, sadly.', 'The group rooms close at ten.', 'The terrace is closed from November anyway.', 'I asked at the desk: everything but the children’s section.'].map(
        (body, index): SeedComment => ({ key: `q${index}`, replyTo: 'q', name: ['Lea S.', 'Hannah K.', 'Greta', 'Mateo', 'Yuki T.', 'Sara L.'][index]!, email: `q${index}@example.com`, minutesAgo: 1190 - index * 10, body }),
      ),
      ...LIBRARY_VOICES.map(([name, body], index): SeedComment => ({ key: `v${index}`, name, email: `voice${index}@example.com`, minutesAgo: 1100 - index * 40, reactions: index % 5 === 0 ? index % 7 : undefined, body })),
    ],
  },
  {
    url: 'https://news.parley.test/2026/11/ferry-timetable',
    title: 'Winter ferry timetable: fewer early sailings',
    comments: [],
  },
];
