import type { CommentPrivate } from '../../widget/src/client/moderator/client.ts';
import { createMemoryModeratorClient } from '../../widget/src/client/memory/moderator-memory.ts';
import { moderatorContract, seededItem, type SeedComment } from './moderator-contract.ts';

const privateOf = (seed: SeedComment): CommentPrivate => ({
  email: null,
  ip: null,
  userAgent: null,
  decision: { phase: 'default', reason: 'seeded' },
  scores: {},
  reports: { count: seed.reports ?? 0, reasons: seed.reports ? { spam: seed.reports } : {} },
  revisions: [],
});

/** The moderator contract against the in-memory client the console's component tests use. */
moderatorContract({
  async start(seed) {
    const client = createMemoryModeratorClient({
      moderator: { uid: 'mod', email: 'mod@news.test', name: 'Mod', roles: { news: 'moderator' } },
      comments: seed.map(seededItem),
      privates: Object.fromEntries(seed.map((entry) => [entry.id, privateOf(entry)])),
    });
    return { client, uid: 'mod' };
  },
});
