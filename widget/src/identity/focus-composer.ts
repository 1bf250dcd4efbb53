/**
 * Focuses a composer's text box, in the widget's root (its shadow root, or the document): where
 * focus goes when the account controls it was on disappear (signed out, account or guest data
 * deleted). Take the root while those controls are still attached.
 */
export function focusComposer(root: Node | undefined, idPrefix: string): void {
  (root as ShadowRoot | Document | undefined)?.getElementById?.(`${idPrefix}-body`)?.focus();
}
