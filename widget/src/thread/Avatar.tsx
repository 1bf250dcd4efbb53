import type { AuthorCard } from '../../../core/src/types.ts';

/** A hue from the uid, so each author keeps one colour (never derived from an email). */
function hueOf(uid: string): number {
  let hash = 0;
  for (let i = 0; i < uid.length; i++) hash = (hash * 31 + uid.charCodeAt(i)) | 0;
  return Math.abs(hash) % 360;
}

/** The author's provider photo, or a coloured initial generated from their uid. Decorative: the name is beside it. */
export function Avatar({ author }: { author: AuthorCard }) {
  if (author.avatar) return <img class="avatar" src={author.avatar} alt="" width={40} height={40} loading="lazy" referrerpolicy="no-referrer" />;
  const initial = [...(author.name.trim() || '?')][0]!.toUpperCase();
  return (
    <span class="avatar" aria-hidden="true" style={{ backgroundColor: `hsl(${hueOf(author.uid || author.name)} 45% 42%)` }}>
      {initial}
    </span>
  );
}
