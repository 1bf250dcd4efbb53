import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ReaderClient } from '../client/reader/reader-client.ts';
import type { Draft } from '../composer/draft.ts';
import type { SessionModel } from '../session/session-model.ts';
import type { ThreadModel } from '../thread/thread-model.ts';
import type { ViewModel } from './view-model.ts';
import type { WriteLoader } from './write-loader.ts';

/** The models of one mounted widget, for its components to read. */
export interface Widget {
  client: ReaderClient;
  thread: ThreadModel;
  view: ViewModel;
  session: SessionModel;
  writer: WriteLoader;
  drafts: (parentId: string | null) => Draft;
}

/** Provides the widget's models to its components. */
export const WidgetContext = createContext<Widget | null>(null);

/** The models of the widget this component is part of. */
export function useWidget(): Widget {
  const widget = useContext(WidgetContext);
  if (!widget) throw new Error('Parley components render inside <WidgetContext.Provider>.');
  return widget;
}
