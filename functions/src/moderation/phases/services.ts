import { logger } from 'firebase-functions';
import type { Phase, PipelineContext } from '../pipeline.ts';
import { akismet } from '../services/akismet.ts';
import { perspective } from '../services/perspective.ts';
import type { ServiceInput } from '../services/types.ts';

function serviceInput(context: PipelineContext): ServiceInput {
  return {
    body: context.body,
    authorName: context.author.card.name,
    authorEmail: context.author.email,
    website: context.author.website,
    ip: context.ip,
    userAgent: context.userAgent,
    permalink: context.url,
  };
}

/** Asks the site's spam service, when one is configured. A failure or timeout holds the comment: it never approves. */
export const spamService: Phase = async (context) => {
  const config = context.secrets.spam;
  if (!config) return undefined;
  try {
    const spam = await akismet(config).isSpam(serviceInput(context));
    return spam
      ? { status: 'spam', phase: 'spam-service', reason: 'classified as spam', scores: { spam: 1 } }
      : { status: 'approved', phase: 'spam-service', reason: 'not spam', scores: { spam: 0 } };
  } catch (error) {
    logger.warn('spam service failed; holding the comment', { siteId: context.siteId, error: String(error) });
    return { status: 'pending', phase: 'spam-service', reason: 'spam service unavailable' };
  }
};

/** Asks the site's toxicity service, when one is configured; at or above the threshold holds the comment. Failures hold it too. */
export const toxicityService: Phase = async (context) => {
  const config = context.secrets.toxicity;
  if (!config) return undefined;
  try {
    const score = await perspective(config).score(serviceInput(context));
    return score >= config.threshold
      ? { status: 'pending', phase: 'toxicity-service', reason: `toxicity ${score.toFixed(2)}`, scores: { toxicity: score } }
      : { status: 'approved', phase: 'toxicity-service', reason: 'below threshold', scores: { toxicity: score } };
  } catch (error) {
    logger.warn('toxicity service failed; holding the comment', { siteId: context.siteId, error: String(error) });
    return { status: 'pending', phase: 'toxicity-service', reason: 'toxicity service unavailable' };
  }
};
