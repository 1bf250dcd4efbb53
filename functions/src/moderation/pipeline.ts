import type { Timestamp } from 'firebase-admin/firestore';
import type { SiteDoc, SiteSecretsDoc, SiteSettingsDoc, SiteUserDoc, ThreadDoc } from '../../../core/src/docs.ts';
import type { RenderNode } from '../../../core/src/render-tree.ts';
import type { CommentStatus } from '../../../core/src/types.ts';
import type { Author } from '../identity/author.ts';
import { PHASES } from './phases/index.ts';

/** Everything a phase may look at when judging a new or edited comment. */
export interface PipelineContext {
  siteId: string;
  site: SiteDoc;
  settings: SiteSettingsDoc;
  secrets: SiteSecretsDoc;
  threadId: string;
  thread: ThreadDoc<Timestamp> | null;
  author: Author;
  /** The author's standing on the site (null before their first comment). */
  siteUser: SiteUserDoc<Timestamp> | null;
  body: string;
  tree: RenderNode[];
  /** A hash of the folded text, for duplicate detection. */
  hash: string;
  /** True when judging an edit rather than a new comment. */
  isEdit: boolean;
  honeypot: string;
  ip: string | null;
  /** The IP address as per-IP limits count it (an IPv6 client by its /64). */
  network: string | null;
  userAgent: string | null;
  /** The article URL, for services that want a permalink. */
  url: string;
  now: number;
}

/** A phase's verdict: the status to store and why. Refusals are thrown as HttpsError instead. */
export interface Decision {
  status: Exclude<CommentStatus, 'deleted'>;
  phase: string;
  reason: string;
  scores?: { spam?: number; toxicity?: number };
}

/** A phase: returns a decision to end the run, or undefined to pass to the next phase. */
export type Phase = (context: PipelineContext) => Decision | undefined | Promise<Decision | undefined>;

/** Runs the phases in order; the first that decides ends the run. Passing all of them approves. */
export async function judge(context: PipelineContext, phases: ReadonlyArray<readonly [string, Phase]> = PHASES): Promise<Decision> {
  const scores: Decision['scores'] = {};
  for (const [, phase] of phases) {
    const decision = await phase(context);
    if (decision?.scores) Object.assign(scores, decision.scores);
    if (decision && decision.status !== 'approved') return { ...decision, scores };
  }
  return { status: 'approved', phase: 'default', reason: 'passed every check', scores };
}
