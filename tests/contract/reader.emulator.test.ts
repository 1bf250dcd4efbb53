import { createFirebaseReaderClient } from '../../widget/src/client/reader/firebase-reader-client.ts';
import { clearAuth, clearFirestore, emulator } from '../support/emulator.ts';
import { GENEROUS_LIMITS, resetWithSite, setSettings } from '../support/fixtures.ts';
import { readerContract } from './reader-contract.ts';

/**
 * The reader contract against the widget's own Firebase client (the code readers' browsers run,
 * here in Node), on the emulators: snapshots through Hosting's /api/thread, callables, the
 * Firestore change feed. One client for the file, as one browser tab has.
 */
const client = createFirebaseReaderClient();

readerContract({
  async start(options = {}) {
    // Signed out before the accounts go, so that the next call signs in a new guest.
    await client.signOut();
    await Promise.all([clearFirestore(), clearAuth()]);
    await resetWithSite('news', { moderation: options.moderation ?? 'post' });
    await setSettings('news', GENEROUS_LIMITS);
    return { client, query: { api: emulator.hosting, site: 'news', url: 'https://news.example.com/contract-story', sort: 'oldest' } };
  },
});
