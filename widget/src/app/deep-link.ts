import { languageOf } from '../i18n/languages.ts';
import type { Translator } from '../i18n/translator.ts';
import { WRITE_LOCALES } from '../i18n/write-locales.ts';
import type { Widget } from './widget-context.ts';
import { pathTo } from './view-model.ts';

export { commentIdFromHash } from '../embed/options.ts';

/**
 * Shows a deep-linked comment: loads it with its whole chain when the page does not hold it,
 * expands collapsed replies around it, scrolls to it, highlights and focuses it. Answers whether
 * the thread shows it (a deleted comment stays only as the placeholder of replies still shown);
 * rejects when it could not be asked for.
 */
export async function revealComment(widget: Pick<Widget, 'thread' | 'view'>, id: string): Promise<boolean> {
  const { thread, view } = widget;
  const shown = () => pathTo(id, thread.nodes.value) !== null;
  if (!shown() && !((await thread.loadFocus(id)) && shown())) return false;
  view.reveal(id, thread.nodes.value);
  return true;
}

/**
 * Follows a `#comment-ID` link. A comment that was deleted or removed (or never was) is not in the
 * thread: the widget says it no longer exists, in the words its error messages use (loaded with
 * the language's writing messages, only then), and answers false so the page can bring the
 * message into view. A failed request says the comment could not be loaded.
 */
export async function followDeepLink(
  widget: Pick<Widget, 'thread' | 'view'>,
  i18n: Translator,
  id: string,
  /** False once a later link (or the widget's end) overtook this one: its message is not shown. */
  current: () => boolean = () => true,
): Promise<boolean> {
  let message = '';
  try {
    if (!(await revealComment(widget, id))) {
      i18n.add((await WRITE_LOCALES[languageOf(i18n.locale)]()).default);
      message = i18n.t('error.comment-not-found');
    }
  } catch {
    message = i18n.t('comment.loadFailed');
  }
  if (current()) widget.view.tell(message);
  return !message;
}
