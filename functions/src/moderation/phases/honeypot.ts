import type { Phase } from '../pipeline.ts';

/** A filled honeypot field means a bot: stored as spam, and answered like a success. */
export const honeypot: Phase = ({ honeypot: value }) =>
  value.trim() !== '' ? { status: 'spam', phase: 'honeypot', reason: 'hidden field was filled' } : undefined;
