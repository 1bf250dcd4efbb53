import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A modal dialog on the native <dialog>: it traps focus, closes on Escape and puts the page
 * behind it out of reach. `onClose` hears every way of closing it.
 */
export function Dialog({ title, onClose, children, wide }: { title: string; onClose: () => void; children: ComponentChildren; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  // Opened in the commit that inserts it, not after the next paint (useEffect): a key pressed right
  // after the one that opened the dialog (r, then Enter) must find it open with focus inside, not
  // land on the page behind a dialog that is in the DOM but not yet shown.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    // Browsers focus the autofocus control on showModal; do it where they do not.
    if (!dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class={wide ? 'wide' : undefined}
      aria-labelledby="dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="dialog-title">{title}</h2>
      {children}
    </dialog>
  );
}
