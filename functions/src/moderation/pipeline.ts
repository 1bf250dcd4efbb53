import type { Timestamp } from 'firebase-admin/firestore';
import type { SiteDoc, ThreadDoc } from '../../../core/src/docs.ts';
import type { RenderNode } from '../../../core/src/render-tree.ts';
import type { CommentStatus } from '../../../core/src/types.ts';
import type { Author } from '../identity/author.ts';
import { PHASES } from './phases/index.ts';

/** Everything a phase may look at when judging a new or edited comment. */
export interface PipelineContext {
  siteId: string;
  site: SiteDoc;
  threadId: string;
  thread: ThreadDoc<Timestamp> | null;
  author: Author;
  body: string;
  tree: RenderNode[];
  /** True when judging an edit rather than a new comment. */
  isEdit: boolean;
  honeypot: string;
  ip: string | null;
  userAgent: string | null;
}

/** A phase's verdict: the status to store and why. Refusals are thrown as HttpsError instead. */
export interface Decision {
  status: Exclude<CommentStatus, 'deleted'>;
  phase: string;
  reason: string;
  scores?: { spam?: number; toxicity?: number };
}

/** A pipeline phase: returns a decision to end the run, or undefined to pass to the next phase. */
export type Phase = (context: PipelineContext) => Decision | undefined | Promise<Decision | undefined>;

/** Runs the phases in order; the first that decides ends the run. Passing all of them approves. */
export async function judge(context: PipelineContext, phases: ReadonlyArray<readonly [string, Phase]> = PHASES): Promise<Decision> {
  for (const [, phase] of phases) {
    const decision = await phase(context);
    if (decision) return decision;
  }
  return { status: 'approved', phase: 'default', reason: 'passed every check' };
}
