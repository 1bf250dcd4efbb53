import type { AuthorCard } from '../../../core/src/types.ts';
import { avatarColor, hueOf } from './avatar-color.ts';

/** The author's provider photo, or a coloured initial generated from their uid. Decorative: the name is beside it. */
export function Avatar({ author }: { author: AuthorCard }) {
  if (author.avatar) return <img class="avatar" src={author.avatar} alt="" width={40} height={40} loading="lazy" referrerpolicy="no-referrer" />;
  const initial = [...(author.name.trim() || '?')][0]!.toUpperCase();
  return (
    <span class="avatar" aria-hidden="true" style={{ backgroundColor: avatarColor(hueOf(author.uid || author.name)) }}>
      {initial}
    </span>
  );
}
