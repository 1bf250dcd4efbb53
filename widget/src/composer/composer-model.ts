import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { ErrorField } from '../../../core/src/errors.ts';
import type { Comment } from '../../../core/src/types.ts';
import { ParleyError, type ClientErrorCode } from '../client/parley-error.ts';
import type { NewComment, ReaderClient } from '../client/reader/reader-client.ts';
import type { IdentityModel } from '../identity/identity-model.ts';
import type { SessionModel } from '../session/session-model.ts';
import { rememberUnpublished } from '../session/unpublished.ts';
import { createOwnChanges } from '../thread/own-changes.ts';
import type { ThreadModel } from '../thread/thread-model.ts';
import type { Draft } from './draft.ts';
import { isEmailShaped } from './email-shape.ts';

/** Errors to show, by the field they belong to (`form` for the form as a whole). */
export type FieldErrors = Partial<Record<Exclude<ErrorField, null> | 'form', ClientErrorCode>>;

/** What happened to the last comment sent. */
export type Notice = 'posted' | 'held' | null;

/** Where comments go: the site and the article. */
export interface CommentTarget {
  site: string;
  thread?: string | undefined;
  url: string;
  title: string;
}

/** One composer (the thread's, or a reply's): its fields, errors and the send action. */
export interface ComposerModel {
  readonly parentId: string | null;
  /** Who posts: shared by every composer of the widget. */
  readonly identity: IdentityModel;
  readonly body: ReadonlySignal<string>;
  readonly name: Signal<string>;
  readonly email: Signal<string>;
  readonly website: Signal<string>;
  /** Honeypot: hidden from people, filled by bots. */
  readonly hp: Signal<string>;
  readonly errors: ReadonlySignal<FieldErrors>;
  readonly busy: ReadonlySignal<boolean>;
  readonly notice: ReadonlySignal<Notice>;
  /** Characters left before the site's limit (negative when over). */
  readonly remaining: ReadonlySignal<number>;
  /** Updates the text and saves it as the draft. */
  setBody(text: string): void;
  /** Clears a guest field's error once the reader edits the field. */
  clearError(field: 'name' | 'email' | 'website'): void;
  /** Sends the comment. Resolves with the stored comment, or null when refused (errors say why). */
  submit(): Promise<Comment | null>;
}

function newRequestId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** The text shown while a comment is on its way: its paragraphs, before the server renders the Markdown. */
function previewTree(body: string): Comment['tree'] {
  return body
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => ({ t: 'p' as const, c: [paragraph] }));
}

/** The field to report a refusal on: its own, or the form's. */
function fieldFor(error: ParleyError): keyof FieldErrors {
  return error.field === 'body' || error.field === 'name' || error.field === 'email' || error.field === 'website' ? error.field : 'form';
}

/** The guest's details as typed: one set shared by every composer of the widget. */
export interface GuestFieldsModel {
  name: Signal<string>;
  email: Signal<string>;
  website: Signal<string>;
}

/** Guest fields filled with what this browser remembers. */
export function createGuestFields(session: SessionModel): GuestFieldsModel {
  const remembered = session.guest.value;
  return { name: signal(remembered.name), email: signal(remembered.email), website: signal(remembered.website) };
}

/** Creates a composer bound to a thread and one draft. */
export function createComposerModel(deps: {
  client: ReaderClient;
  thread: ThreadModel;
  session: SessionModel;
  target: CommentTarget;
  draft: Draft;
  guest: GuestFieldsModel;
  identity: IdentityModel;
  parentId: string | null;
  maxLength: ReadonlySignal<number>;
  /** Told about every comment the server stored. */
  onPosted?: (comment: Comment) => void;
  /** Told when a guest's first comment made them an account (a uid) on this browser. */
  onGuest?: (uid: string) => void;
}): ComposerModel {
  const { client, thread, session, target, draft, parentId, identity } = deps;
  const own = thread.own(createOwnChanges);
  const { name, email, website } = deps.guest;
  const hp = signal('');
  const errors = signal<FieldErrors>({});
  const busy = signal(false);
  const notice = signal<Notice>(null);
  // A retry of unchanged text reuses the request id, so a lost answer never makes a second comment.
  let attempt: { id: string; fingerprint: string } | null = null;

  const setBody = (text: string) => {
    batch(() => {
      draft.set(text);
      notice.value = null;
      if (errors.value.body) errors.value = { ...errors.value, body: undefined };
    });
  };

  return {
    parentId,
    identity,
    body: draft.text,
    name,
    email,
    website,
    hp,
    errors,
    busy,
    notice,
    remaining: computed(() => deps.maxLength.value - [...draft.text.value.trim()].length),
    setBody,
    clearError(field) {
      if (errors.value[field]) errors.value = { ...errors.value, [field]: undefined };
    },

    async submit() {
      if (busy.value) return null;
      const body = draft.text.value;
      // Refusals the server would answer anyway, without the round trip (and without signing in),
      // all at once: the server names only the first.
      const member = identity.member.value;
      const early: FieldErrors = {};
      if (!body.trim()) early.body = 'body-empty';
      else if ([...body.trim()].length > deps.maxLength.value) early.body = 'body-too-long';
      if (!member && identity.allowsGuests.value) {
        if (!name.value.trim()) early.name = 'name-missing';
        if (!email.value.trim()) early.email = 'email-missing';
        else if (!isEmailShaped(email.value)) early.email = 'email-invalid';
      }
      if (early.body || early.name || early.email) {
        errors.value = early;
        return null;
      }
      // A signed-in reader posts under their account's name; others need the site to take guests.
      if (!member && !identity.allowsGuests.value) {
        errors.value = { form: 'sign-in-required' };
        return null;
      }
      const details = { name: name.value.trim(), email: email.value.trim(), website: website.value.trim() };
      const fingerprint = JSON.stringify([body, details, parentId]);
      if (!attempt || attempt.fingerprint !== fingerprint) attempt = { id: newRequestId(), fingerprint };
      const request: NewComment = {
        site: target.site,
        thread: { id: target.thread, url: target.url, title: target.title },
        parentId,
        body,
        guest: member ? null : details,
        requestId: attempt.id,
        hp: hp.value,
      };
      const placeholderId = `sending-${attempt.id}`;
      const parent = parentId ? thread.find(parentId) : undefined;
      batch(() => {
        busy.value = true;
        errors.value = {};
        notice.value = null;
        identity.dismiss();
      });
      const drop = own.addSending({
        id: placeholderId,
        siteId: target.site,
        threadId: thread.thread.value?.id ?? '',
        parentId,
        rootId: parent?.rootId ?? placeholderId,
        depth: parent ? parent.depth + 1 : 0,
        author: { uid: session.uid.value ?? '', name: member?.name ?? details.name, avatar: member?.avatar ?? null, provider: member?.provider ?? 'guest', badges: [] },
        tree: previewTree(body),
        status: 'approved',
        createdAt: Date.now(),
        editedAt: null,
        reactions: {},
        replyCount: 0,
        pinned: false,
      });
      try {
        const stored = await client.createComment(request);
        const firstPost = session.uid.value !== stored.author.uid;
        batch(() => {
          session.rememberUid(stored.author.uid);
          if (!member) session.rememberGuest(details);
          own.confirmSent(placeholderId, stored);
          rememberUnpublished(stored.threadId, stored);
          draft.set('');
          attempt = null;
          notice.value = stored.status === 'pending' ? 'held' : 'posted';
          busy.value = false;
        });
        deps.onPosted?.(stored);
        if (firstPost && !member) deps.onGuest?.(stored.author.uid);
        return stored;
      } catch (reason) {
        const error = ParleyError.from(reason);
        batch(() => {
          drop();
          // A signed-in reader has no name field here: the name form opens instead.
          const field = member && error.field === 'name' ? 'form' : fieldFor(error);
          errors.value = { [field]: error.code };
          if (field === 'form' && error.field === 'name') identity.goTo('name');
          busy.value = false;
        });
        return null;
      }
    },
  };
}
