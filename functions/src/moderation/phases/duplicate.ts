import { isDuplicate } from '../../../../core/src/moderation/rate.ts';
import { refuse } from '../../shared/refuse.ts';
import type { Phase } from '../pipeline.ts';

/** The same text from the same author within minutes is refused (a double click, a copy-paste flood). */
export const duplicate: Phase = ({ isEdit, siteUser, hash, now }) => {
  if (!isEdit && isDuplicate(siteUser?.recent ?? [], now, hash)) refuse('duplicate-comment');
  return undefined;
};
