import { signal, type ReadonlySignal } from '@preact/signals';
import type { Reaction } from '../../../core/src/types.ts';
import type { GuestDetails } from '../client/reader/reader-client.ts';
import { storage } from './storage.ts';

const UID_KEY = 'parley:uid';
const GUEST_KEY = 'parley:guest';
const REACTIONS_KEY = 'parley:reactions';
/** Reactions remembered per browser; the oldest are forgotten first. */
const MAX_REACTIONS = 500;

/** Who the reader is on this browser, as far as the widget knows without loading Firebase Auth. */
export interface SessionModel {
  /** The uid this browser last posted as (remembered, so own comments are recognised at first paint). */
  readonly uid: ReadonlySignal<string | null>;
  /** The guest details typed last time. */
  readonly guest: ReadonlySignal<GuestDetails>;
  /** The reader's reaction to each comment they reacted to. */
  readonly reactions: ReadonlySignal<Readonly<Record<string, Reaction>>>;
  /** Remembers the uid this browser posts as; null forgets it (signed out). */
  rememberUid(uid: string | null): void;
  rememberGuest(details: GuestDetails): void;
  /** Forgets the guest details typed on this browser (the guest deleted their data). */
  forgetGuest(): void;
  rememberReaction(commentId: string, reaction: Reaction | null): void;
}

function read<T>(key: string, fallback: T): T {
  try {
    return { ...fallback, ...(JSON.parse(storage.get(key) ?? '{}') as Partial<T>) };
  } catch {
    return fallback;
  }
}

/** Creates the session model from what this browser remembers. */
export function createSessionModel(): SessionModel {
  const uid = signal(storage.get(UID_KEY));
  const saved = read<GuestDetails>(GUEST_KEY, { name: '', email: '', website: '' });
  const guest = signal<GuestDetails>({ name: String(saved.name), email: String(saved.email), website: String(saved.website) });
  const reactions = signal(read<Record<string, Reaction>>(REACTIONS_KEY, {}));
  return {
    uid,
    guest,
    reactions,
    rememberUid(value) {
      uid.value = value;
      if (value) storage.set(UID_KEY, value);
      else storage.remove(UID_KEY);
    },
    rememberGuest(details) {
      guest.value = details;
      storage.set(GUEST_KEY, JSON.stringify(details));
    },
    forgetGuest() {
      guest.value = { name: '', email: '', website: '' };
      storage.remove(GUEST_KEY);
    },
    rememberReaction(commentId, reaction) {
      const next = { ...reactions.value };
      delete next[commentId];
      if (reaction) next[commentId] = reaction;
      const ids = Object.keys(next);
      for (const old of ids.slice(0, Math.max(0, ids.length - MAX_REACTIONS))) delete next[old];
      reactions.value = next;
      storage.set(REACTIONS_KEY, JSON.stringify(next));
    },
  };
}
