import { textLength } from '../../../../core/src/text.ts';
import { refuse } from '../../shared/refuse.ts';
import type { Phase } from '../pipeline.ts';

/** Length and shape: the body fits the site's limit and has some text in it. */
export const shape: Phase = ({ body, tree, site }) => {
  if (body.length === 0 || tree.length === 0) refuse('body-empty');
  if (textLength(body) > site.maxLength) refuse('body-too-long');
  return undefined;
};
