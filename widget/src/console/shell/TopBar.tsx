import { useRef } from 'preact/hooks';
import type { Moderator } from '../../client/moderator/client.ts';
import { useStickyHeight } from '../ui/use-sticky-height.ts';
import type { SessionModel } from '../session/session-model.ts';
import { formatRoute, OWNER_PAGES, PAGES, type Page } from './route.ts';
import type { ShellModel } from './shell-model.ts';

const PAGE_LABELS: Record<Page, string> = {
  queue: 'Queue',
  threads: 'Threads',
  activity: 'Activity',
  log: 'Log',
  settings: 'Settings',
  moderators: 'Moderators',
};

/** The console's header: site picker, pages, and who is signed in. */
export function TopBar({ shell, session, moderator }: { shell: ShellModel; session: SessionModel; moderator: Moderator }) {
  const route = shell.route.value;
  const sites = shell.sites.value;
  const pages = PAGES.filter((page) => shell.role.value === 'owner' || !OWNER_PAGES.has(page));
  const ref = useRef<HTMLElement>(null);
  useStickyHeight(ref, '--topbar-height');
  return (
    <header class="topbar" ref={ref}>
      <span class="brand">Parley</span>
      {sites.length > 1 ? (
        <label class="site-picker">
          <span class="sr-only">Site</span>
          <select value={route.site ?? ''} onChange={(event) => shell.navigate({ site: event.currentTarget.value, page: 'queue', thread: null, author: null })}>
            {sites.map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span class="site-name">{route.site}</span>
      )}
      <nav aria-label="Console" class="pages">
        {pages.map((page) => (
          <a key={page} href={formatRoute({ ...route, page, thread: null, author: null })} aria-current={route.page === page ? 'page' : undefined}>
            {PAGE_LABELS[page]}
          </a>
        ))}
      </nav>
      <span class="who" title={moderator.email}>
        {moderator.email || moderator.name}
        <span class="muted"> · {shell.role.value}</span>
      </span>
      <button type="button" class="secondary small" onClick={() => void session.signOut()}>
        Sign out
      </button>
    </header>
  );
}
