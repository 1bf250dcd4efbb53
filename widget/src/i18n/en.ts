/**
 * English messages for the first paint (the thread): the reference every other language
 * translates. Messages only writing needs are in en-write.ts, loaded with the composer.
 * `{name}` marks a variable; `#` the count of a plural message.
 */
export const en = {
  'thread.title': 'Comments',
  'thread.count': { one: '# comment', other: '# comments' },
  'thread.loading': 'Loading comments…',
  'thread.empty': 'Be the first to comment.',
  'thread.closed': 'Comments are closed.',
  'thread.error': 'Comments could not be loaded.',
  'thread.siteMissing': 'Comments are not set up for this site.',
  'thread.retry': 'Try again',
  'thread.loadMore': 'Load more comments',
  'thread.newComments': { one: 'Show # new comment', other: 'Show # new comments' },
  'thread.moreReplies': { one: 'Show # more reply', other: 'Show # more replies' },
  'thread.sort': 'Sort by',
  'sort.oldest': 'Oldest',
  'sort.newest': 'Newest',
  'sort.top': 'Top',
  'comment.deleted': 'This comment was deleted.',
  'comment.pending': 'Awaiting moderation',
  'comment.sending': 'Sending…',
  'comment.edited': 'edited',
  'comment.pinned': 'Pinned',
  'comment.reply': 'Reply',
  'comment.edit': 'Edit',
  'comment.delete': 'Delete',
  'comment.report': 'Report',
  'comment.react': 'React',
  'comment.replyingTo': 'replying to {name}',
  'comment.loading': 'Loading…',
  'comment.loadFailed': 'This could not be loaded. Check your connection and try again.',
  'reaction.like': 'Like',
  'reaction.love': 'Love',
  'reaction.laugh': 'Funny',
  'reaction.wow': 'Surprising',
  'reaction.sad': 'Sad',
  'reaction.count': '{reaction}: {count}',
  'badge.owner': 'Owner',
  'badge.moderator': 'Moderator',
  'badge.trusted': 'Trusted',
  'composer.label': 'Your comment',
  'composer.replyLabel': 'Your reply to {name}',
  'composer.placeholder': 'Join the discussion…',
} as const;

export default en;
