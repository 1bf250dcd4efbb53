import type { mount as realMount, WidgetHandle } from '../../../widget/src/app/mount.tsx';
import { embedRecord } from './load-embed.ts';

/**
 * Stands in for the app's entry chunk when the loader's tests import it: records what the loader
 * hands over (a shadow root, the options from the data attributes, the snapshot request and the
 * language's messages) instead of rendering. The real app has its own component tests.
 */
export const mount: typeof realMount = (root, host, options, snapshot, messages) => {
  const handle: WidgetHandle & { destroyed: boolean; tokens: string[] } = {
    destroyed: false,
    tokens: [],
    destroy() {
      handle.destroyed = true;
    },
    sso(token) {
      handle.tokens.push(token);
    },
  };
  embedRecord().mounts.push({ root, host, options, snapshot, messages: messages ?? null, handle });
  return handle;
};
