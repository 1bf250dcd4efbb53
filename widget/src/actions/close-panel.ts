import type { PanelKind, ViewModel } from '../app/view-model.ts';

/**
 * Closes the panel only if it is still `kind` under `id`: a server's answer can arrive after the
 * reader opened another panel, which must stay open with its focus. Answers whether it closed.
 */
export function closePanel(view: ViewModel, kind: PanelKind, id: string, refocus = false): boolean {
  if (!view.isOpen(kind, id)) return false;
  view.close(refocus);
  return true;
}
