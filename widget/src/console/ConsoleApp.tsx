import type { ModeratorClient, SocialProvider } from '../client/moderator/client.ts';
import { ActivityPage } from './activity/ActivityPage.tsx';
import { LogPage } from './log/LogPage.tsx';
import { ModeratorsPage } from './moderators/ModeratorsPage.tsx';
import { QueuePage } from './queue/QueuePage.tsx';
import { NoAccess } from './session/NoAccess.tsx';
import type { SessionModel } from './session/session-model.ts';
import { SignIn } from './session/SignIn.tsx';
import { SettingsPage } from './settings/SettingsPage.tsx';
import type { ShellModel } from './shell/shell-model.ts';
import { TopBar } from './shell/TopBar.tsx';
import { ThreadsPage } from './threads/ThreadsPage.tsx';

/** What the console shows: sign-in, "no access", or the chosen site's page. */
export function ConsoleApp({
  client,
  session,
  shell,
  providers,
  undoMs,
}: {
  client: ModeratorClient;
  session: SessionModel;
  shell: ShellModel;
  providers: readonly SocialProvider[];
  undoMs?: number;
}) {
  const moderator = session.moderator.value;
  if (moderator === undefined) return <p class="loading">Loading…</p>;
  if (moderator === null) return <SignIn session={session} providers={providers} />;
  const route = shell.route.value;
  const site = route.site;
  if (!site) return <NoAccess moderator={moderator} session={session} />;
  return (
    <div class="console">
      <TopBar shell={shell} session={session} moderator={moderator} />
      <main>
        {route.page === 'queue' && (
          <QueuePage
            key={site}
            client={client}
            siteId={site}
            moderatorUid={moderator.uid}
            queue={route.queue}
            thread={route.thread}
            author={route.author}
            onThread={(thread) => shell.navigate({ thread })}
            onAuthor={(author) => shell.navigate({ author })}
            onQueue={(queue) => shell.navigate({ queue })}
            undoMs={undoMs}
          />
        )}
        {route.page === 'threads' && <ThreadsPage key={site} client={client} siteId={site} />}
        {route.page === 'activity' && <ActivityPage key={site} client={client} siteId={site} />}
        {route.page === 'log' && <LogPage key={site} client={client} siteId={site} owner={moderator.roles[site] === 'owner'} />}
        {route.page === 'settings' && <SettingsPage key={site} client={client} siteId={site} shell={shell} />}
        {route.page === 'moderators' && <ModeratorsPage key={site} client={client} siteId={site} ownUid={moderator.uid} />}
      </main>
    </div>
  );
}
