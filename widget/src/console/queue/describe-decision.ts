import { plural } from '../format.ts';
import { ACTION_DONE } from '../messages.ts';
import type { Decision } from './decisions-model.ts';

/** A ban's length as the ban dialog offers it: "24 hours", "7 days", "30 days". */
function duration(hours: number): string {
  return hours > 24 && hours % 24 === 0 ? plural(hours / 24, 'day', 'days') : plural(hours, 'hour', 'hours');
}

/** A decision in words: "Approved 3 comments", "Marked 1 comment as spam", "Banned Ann for 24 hours". */
export function describeDecision(decision: Decision): string {
  switch (decision.kind) {
    case 'moderate': {
      const comments = plural(decision.ids.length, 'comment', 'comments');
      return decision.action === 'spam' ? `Marked ${comments} as spam` : `${ACTION_DONE[decision.action]} ${comments}`;
    }
    case 'ban':
      return `${decision.shadow ? 'Shadow-banned' : 'Banned'} ${decision.name} ${decision.hours === null ? 'permanently' : `for ${duration(decision.hours)}`}`;
    case 'unban':
      return `Lifted the ban on ${decision.name}`;
    case 'trust':
      return `${decision.trusted ? 'Trusted' : 'Stopped trusting'} ${decision.name}`;
  }
}

/** What the console says when a decision failed and was rolled back. */
export function describeRollback(decision: Decision): string {
  if (decision.kind === 'moderate') {
    const n = decision.ids.length;
    return `${n === 1 ? 'The comment is' : 'The comments are'} back as ${n === 1 ? 'it was' : 'they were'}.`;
  }
  return 'The author is back as they were.';
}
