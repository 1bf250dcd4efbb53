import type { BanInfo } from '../../../../core/src/api.ts';
import type { QueueItem } from '../../client/moderator/client.ts';
import { Avatar } from '../../thread/Avatar.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { PROVIDER_LABELS } from '../messages.ts';
import type { QueueModel } from './queue-model.ts';
import type { QueueView } from './queue-view.ts';

function banText(ban: BanInfo): string {
  const kind = ban.shadow ? 'Shadow-banned' : 'Banned';
  return ban.until === null ? `${kind} permanently` : `${kind} until ${formatDateTime(ban.until)}`;
}

/** The author's card: who they are here, their history on the site, bans and trust, and what can be done about them. */
export function AuthorCard({ item, model, view, onAuthor }: { item: QueueItem; model: QueueModel; view: QueueView; onAuthor: (uid: string) => void }) {
  const { uid, name } = item.author;
  const stored = model.details.userOf(uid).value;
  const overlay = model.decisions.users.value.get(uid);
  const about = model.details.privateOf(item.id).value;
  const trusted = overlay?.trusted ?? stored?.trusted ?? false;
  const ban = overlay && 'ban' in overlay ? (overlay.ban ?? null) : (stored?.ban ?? null);
  const activeBan = ban && (ban.until === null || ban.until > Date.now()) ? ban : null;
  const counts = stored?.counts;
  return (
    <aside class="author" aria-label={`About ${name}`}>
      <div class="author-head">
        <Avatar author={item.author} />
        <div>
          <strong>{name}</strong>
          <div class="muted small">
            {PROVIDER_LABELS[stored?.provider ?? item.author.provider]}
            {stored && <> · joined {formatDate(stored.joinedAt)}</>}
          </div>
        </div>
      </div>
      {about?.email && <p class="email small">{about.email}</p>}
      {about?.ip && <p class="muted small">IP {about.ip}</p>}
      {counts ? (
        <dl class="counts">
          <div>
            <dt>approved</dt>
            <dd>{counts.approved}</dd>
          </div>
          <div>
            <dt>pending</dt>
            <dd>{counts.pending}</dd>
          </div>
          <div>
            <dt>rejected</dt>
            <dd>{counts.rejected}</dd>
          </div>
          <div>
            <dt>spam</dt>
            <dd>{counts.spam}</dd>
          </div>
        </dl>
      ) : (
        stored === null && <p class="muted small">No history on this site yet.</p>
      )}
      {trusted && <p class="tag trusted">Trusted</p>}
      {activeBan && (
        <p class="ban" role="note">
          {banText(activeBan)}
          {activeBan.reason && <span class="muted">: {activeBan.reason}</span>}
        </p>
      )}
      <div class="author-actions">
        {activeBan ? (
          <button type="button" class="secondary small" onClick={() => model.unban(uid, name, '')}>
            Lift ban
          </button>
        ) : (
          <button type="button" class="secondary small" aria-keyshortcuts="b" onClick={() => view.open({ kind: 'ban', uid, name })}>
            Ban author…
          </button>
        )}
        <button type="button" class="secondary small" aria-keyshortcuts="t" onClick={() => model.trust(uid, name, !trusted)}>
          {trusted ? 'Stop trusting' : 'Trust author'}
        </button>
        {model.author.value?.uid !== uid && (
          <button type="button" class="link small" onClick={() => onAuthor(uid)}>
            All comments by {name}
          </button>
        )}
      </div>
    </aside>
  );
}
