import { fieldOf, type ErrorCode } from '../../../../core/src/errors.ts';
import { markdownToTree } from '../../../../core/src/markdown.ts';
import { canBeReported } from '../../../../core/src/moderation/reports.ts';
import { authorView, publicForm } from '../../../../core/src/public-comment.ts';
import { countsAfter, toggledReaction } from '../../../../core/src/reactions.ts';
import { treeText } from '../../../../core/src/render-tree.ts';
import { textLength } from '../../../../core/src/text.ts';
import type { Comment, CommentStatus, Reaction } from '../../../../core/src/types.ts';
import { ParleyError } from '../parley-error.ts';
import type { Account, ReaderClient } from '../reader/reader-client.ts';
import { createCommentRequest, reportRequest } from '../reader/requests.ts';
import type { MemoryStore } from './reader-memory-store.ts';
import { validated } from './validated.ts';

/** What the in-memory writes need besides the store. */
export interface MemoryWriteDeps {
  store: MemoryStore;
  /** The signed-in account, or a new guest when nobody is (as the Firebase client signs one in). */
  account(): Account;
  /** Whose comments are "mine" without signing anyone in. */
  me(): string;
  /** Status new comments get (as if the site held them for review). */
  newStatus: CommentStatus;
}

type Writes = Pick<ReaderClient, 'loadSource' | 'createComment' | 'editComment' | 'deleteComment' | 'react' | 'report'>;

/**
 * The reader's writes, in memory, by the server's rules: each request is checked with the
 * callable's own schema (core), then with the checks the functions make, in their order, with
 * their codes. The moderation pipeline is not run: new comments get `newStatus`.
 */
export function createMemoryWrites({ store, account, me, newStatus }: MemoryWriteDeps): Writes & { readonly requests: Map<string, Comment> } {
  const { comments, sources, site } = store;
  const requests = new Map<string, Comment>();
  const reactions = new Map<string, Reaction>();
  const reports = new Set<string>();
  let sequence = 0;

  const refuse = (code: ErrorCode): never => {
    throw new ParleyError(code, fieldOf(code));
  };
  const found = (siteId: string, id: string): Comment => comments.get(id)?.siteId === siteId ? comments.get(id)! : refuse('comment-not-found');
  /** The reader's own comment, still there: as edits and deletions check it. */
  const own = (siteId: string, id: string, uid: string): Comment => {
    const comment = found(siteId, id);
    if (comment.author.uid !== uid) refuse('not-author');
    if (comment.status === 'deleted') refuse('comment-deleted');
    return comment;
  };
  const takesPart = (who: Account) => site.providers.includes(who.provider) || refuse('provider-disabled');

  return {
    requests,

    async loadSource(commentId) {
      const comment = own(site.id, commentId, me());
      return sources.get(commentId) ?? treeText(comment.tree).trim();
    },

    async createComment(input) {
      const request = validated('createComment', createCommentRequest(input));
      const who = account();
      const key = `${who.uid}_${request.requestId}`;
      // A retry answers with the first result before any check that could now decide differently.
      if (requests.has(key)) return requests.get(key)!;
      const name = who.provider === 'guest' ? request.guest?.name : who.name || request.guest?.name;
      if (!name) refuse('name-missing');
      takesPart(who);
      const parent = request.parentId ? comments.get(request.parentId) : undefined;
      if (request.parentId && (!parent || (parent.status !== 'approved' && parent.author.uid !== who.uid))) refuse('parent-not-found');
      if (store.thread().closed) refuse('thread-closed');
      if (textLength(request.body) > site.maxLength) refuse('body-too-long');
      const id = `new-${++sequence}`;
      const comment = store.save(
        {
          id,
          siteId: site.id,
          threadId: store.thread().id,
          parentId: parent?.id ?? null,
          rootId: parent?.rootId ?? id,
          depth: parent ? parent.depth + 1 : 0,
          author: { uid: who.uid, name: name!, avatar: who.provider === 'guest' ? null : who.avatar, provider: who.provider, badges: [] },
          tree: markdownToTree(request.body),
          status: newStatus,
          createdAt: store.now(),
          editedAt: null,
          reactions: {},
          replyCount: 0,
          pinned: false,
        },
        true,
      );
      if (parent && comment.status === 'approved') store.save({ ...parent, replyCount: parent.replyCount + 1 });
      sources.set(id, request.body);
      requests.set(key, comment);
      return authorView(comment);
    },

    async editComment(siteId, commentId, body) {
      const request = validated('editComment', { siteId, commentId, body });
      const comment = own(request.siteId, commentId, account().uid);
      if (Date.now() - comment.createdAt > site.editWindowSec * 1000) refuse('edit-window-passed');
      if (request.body === sources.get(commentId)) return authorView(comment);
      if (textLength(request.body) > site.maxLength) refuse('body-too-long');
      sources.set(commentId, request.body);
      return authorView(store.save({ ...comment, tree: markdownToTree(request.body), editedAt: store.now() }, true));
    },

    async deleteComment(siteId, commentId) {
      const request = validated('deleteComment', { siteId, commentId });
      const comment = own(request.siteId, commentId, account().uid);
      const deleted = store.save({ ...comment, status: 'deleted', pinned: false }, true);
      const parent = comment.parentId ? comments.get(comment.parentId) : undefined;
      if (parent && comment.status === 'approved') store.save({ ...parent, replyCount: parent.replyCount - 1 });
      return publicForm(deleted);
    },

    async react(siteId, commentId, reaction) {
      const request = validated('reactToComment', { siteId, commentId, reaction });
      const who = account();
      takesPart(who);
      const comment = found(request.siteId, commentId);
      if (comment.status !== 'approved') refuse('comment-not-found');
      const key = `${commentId}_${who.uid}`;
      const previous = reactions.get(key) ?? null;
      const mine = toggledReaction(previous, request.reaction);
      if (mine) reactions.set(key, mine);
      else reactions.delete(key);
      const counts = countsAfter(comment.reactions, previous, mine);
      store.save({ ...comment, reactions: counts });
      return { reactions: counts, mine };
    },

    async report(input) {
      const request = validated('reportComment', reportRequest(input));
      const who = account();
      takesPart(who);
      const comment = found(request.siteId, request.commentId);
      if (!canBeReported(comment.status)) refuse('comment-not-found');
      const key = `${request.commentId}_${who.uid}`;
      if (reports.has(key)) refuse('already-reported');
      reports.add(key);
    },
  };
}
