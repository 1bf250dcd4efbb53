import { embedRecord } from './load-embed.ts';

// The count chunk as the loader's tests load it: the real module, noting when it was downloaded.
embedRecord().chunks.push('counts');
export { fillCounts } from '../../../widget/src/embed/counts.ts';
