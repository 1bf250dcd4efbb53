import { createMemoryClient } from '../../widget/src/client/memory/reader-memory.ts';
import { readerContract } from './reader-contract.ts';

/** The reader contract against the in-memory client the component tests use. */
readerContract({
  async start(options = {}) {
    const client = createMemoryClient({ site: { id: 'news' }, newStatus: options.moderation === 'pre' ? 'pending' : 'approved' });
    return { client, query: { api: 'memory:', site: 'news', url: 'https://news.example.com/contract-story', sort: 'oldest' } };
  },
});
