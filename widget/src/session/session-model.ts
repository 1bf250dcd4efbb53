import { signal, type ReadonlySignal } from '@preact/signals';
import type { GuestDetails } from '../client/reader-client.ts';
import { storage } from './storage.ts';

const UID_KEY = 'parley:uid';
const GUEST_KEY = 'parley:guest';

/** Who the reader is on this browser, as far as the widget knows without loading Firebase Auth. */
export interface SessionModel {
  /** The uid this browser last posted as (remembered, so own comments are recognised at first paint). */
  readonly uid: ReadonlySignal<string | null>;
  /** The guest details typed last time. */
  readonly guest: ReadonlySignal<GuestDetails>;
  rememberUid(uid: string): void;
  rememberGuest(details: GuestDetails): void;
}

function readGuest(): GuestDetails {
  try {
    const parsed = JSON.parse(storage.get(GUEST_KEY) ?? '{}') as Partial<GuestDetails>;
    return { name: String(parsed.name ?? ''), email: String(parsed.email ?? ''), website: String(parsed.website ?? '') };
  } catch {
    return { name: '', email: '', website: '' };
  }
}

/** Creates the session model from what this browser remembers. */
export function createSessionModel(): SessionModel {
  const uid = signal(storage.get(UID_KEY));
  const guest = signal(readGuest());
  return {
    uid,
    guest,
    rememberUid(value) {
      uid.value = value;
      storage.set(UID_KEY, value);
    },
    rememberGuest(details) {
      guest.value = details;
      storage.set(GUEST_KEY, JSON.stringify(details));
    },
  };
}
