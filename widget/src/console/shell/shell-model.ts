import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Role } from '../../client/moderator/client.ts';
import type { SessionModel } from '../session/session-model.ts';
import { formatRoute, OWNER_PAGES, parseRoute, type Route } from './route.ts';

/** The part of `window` the shell needs, so tests can give it a fake location. */
export interface ShellWindow {
  location: { hash: string };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
  /** Asks before leaving a page with unsaved work (window.confirm). */
  confirm(message: string): boolean;
}

/** Navigation: which site and page are shown, and the sites the user may pick. */
export interface ShellModel {
  readonly sites: ReadonlySignal<string[]>;
  /** The site shown: the route's when the user holds a role there, else their first site. */
  readonly site: ReadonlySignal<string | null>;
  readonly role: ReadonlySignal<Role | null>;
  /** The route as shown (site resolved, owner pages only for owners). */
  readonly route: ReadonlySignal<Route>;
  navigate(change: Partial<Route>): void;
  /**
   * Asks `check` before the console leaves the current page or site: a message means there is
   * unsaved work, and the user is asked whether to leave anyway. Answers the function that removes it.
   */
  guardLeave(check: () => string | null): () => void;
  dispose(): void;
}

/** Creates the shell model on the window's location hash. */
export function createShellModel(session: SessionModel, win: ShellWindow): ShellModel {
  const requested = signal(parseRoute(win.location.hash));
  const guards = new Set<() => string | null>();
  /** Whether the user may go from the route shown to `next` (only a page or site change is guarded). */
  const mayLeaveFor = (next: Route) => {
    const now = route.peek();
    if (next.page === now.page && (next.site ?? now.site) === now.site) return true;
    const message = [...guards].map((check) => check()).find(Boolean);
    return !message || win.confirm(message);
  };
  const onHash = () => {
    const next = parseRoute(win.location.hash);
    // A hash change cannot be cancelled: staying puts the address back.
    if (!mayLeaveFor(next)) win.location.hash = formatRoute(route.peek());
    else requested.value = next;
  };
  win.addEventListener('hashchange', onHash);

  const roles = computed(() => session.moderator.value?.roles ?? {});
  const sites = computed(() => Object.keys(roles.value).sort());
  const site = computed(() => {
    const wanted = requested.value.site;
    return wanted && sites.value.includes(wanted) ? wanted : (sites.value[0] ?? null);
  });
  const role = computed(() => (site.value ? (roles.value[site.value] ?? null) : null));
  const route = computed<Route>(() => {
    const { page, queue, thread, author } = requested.value;
    return { site: site.value, page: OWNER_PAGES.has(page) && role.value !== 'owner' ? 'queue' : page, queue, thread, author };
  });

  return {
    sites,
    site,
    role,
    route,
    navigate(change) {
      const next = { ...route.value, ...change };
      if (!mayLeaveFor(next)) return;
      requested.value = next;
      const hash = formatRoute(next);
      if (win.location.hash !== hash) win.location.hash = hash;
    },
    guardLeave(check) {
      guards.add(check);
      return () => guards.delete(check);
    },
    dispose: () => win.removeEventListener('hashchange', onHash),
  };
}
