import type { CreateCommentResult } from '../../../core/src/api.ts';
import type * as LiveModule from './firebase-live.ts';
import type * as WriteModule from './firebase-write.ts';
import { ParleyError } from './parley-error.ts';
import type { ReaderClient } from './reader-client.ts';
import { fetchSnapshot } from './snapshot-request.ts';

type Live = typeof LiveModule;
type Write = typeof WriteModule;

/**
 * The reader client for real deployments. Snapshots come over plain HTTP; the Firestore SDK is
 * loaded only when the live listener starts, Auth and Functions only when the reader writes.
 */
export function createFirebaseReaderClient(): ReaderClient {
  let live: Promise<Live> | null = null;
  let write: Promise<Write> | null = null;
  const loadLive = () => (live ??= import('./firebase-live.ts'));
  const loadWrite = () => (write ??= import('./firebase-write.ts'));

  return {
    loadThread: fetchSnapshot,

    watchThread(threadId, since, onChanges, onError) {
      let stop: (() => void) | null = null;
      let stopped = false;
      loadLive().then(
        (module) => {
          if (!stopped) stop = module.watchChanges(threadId, since, onChanges, onError);
        },
        onError,
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },

    prepareToWrite() {
      void loadWrite().catch(() => {
        // Retried by the write itself, which reports the failure.
        write = null;
      });
    },

    async createComment(comment) {
      try {
        const module = await loadWrite();
        await module.ensureUser();
        const { site, thread, parentId, body, guest, requestId, hp } = comment;
        const result = await module.call<CreateCommentResult>('createComment', {
          siteId: site,
          thread: thread.id ? thread : { url: thread.url, title: thread.title },
          parentId,
          body,
          ...(guest ? { guest } : {}),
          requestId,
          hp,
        });
        return result.comment;
      } catch (error) {
        if (!(error instanceof ParleyError) && (error as { name?: string }).name === 'ChunkLoadError') throw new ParleyError('network');
        throw ParleyError.from(error);
      }
    },
  };
}
