/** What a spam or toxicity service is told about a comment. */
export interface ServiceInput {
  body: string;
  authorName: string;
  authorEmail: string | null;
  website: string;
  ip: string | null;
  userAgent: string | null;
  permalink: string;
}

/** A spam classifier (Akismet is one). Rejects on errors and timeouts; callers hold the comment then. */
export interface SpamService {
  isSpam(input: ServiceInput): Promise<boolean>;
}

/** A toxicity scorer (Perspective is one): 0 (fine) to 1 (toxic). Rejects on errors and timeouts. */
export interface ToxicityService {
  score(input: ServiceInput): Promise<number>;
}

/** How long a service may take before the comment is held instead. */
export const SERVICE_TIMEOUT_MS = 3000;
