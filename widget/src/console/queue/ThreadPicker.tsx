import { useState } from 'preact/hooks';
import { errorMessage } from '../messages.ts';
import type { ThreadPickerModel } from './thread-picker-model.ts';

type Option = { kind: 'thread'; id: string | null; label: string } | { kind: 'more' };

/**
 * The queue's thread filter as a type-ahead (an ARIA combobox): focus lists the newest threads,
 * typing narrows them by title or address, and the last option reads older threads. The text box
 * shows the chosen thread's title the rest of the time.
 */
export function ThreadPicker({
  picker,
  threadId,
  threadTitle,
  onThread,
}: {
  picker: ThreadPickerModel;
  threadId: string | null;
  /** The chosen thread's title, once known. */
  threadTitle: string | null;
  onThread: (threadId: string | null) => void;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const loading = picker.loading.value;
  const error = picker.error.value;
  const options: Option[] = [
    { kind: 'thread', id: null, label: 'All threads' },
    ...picker.matches.value.map((thread) => ({ kind: 'thread' as const, id: thread.id, label: thread.title || thread.url })),
    ...(picker.hasMore.value ? [{ kind: 'more' as const }] : []),
  ];
  const current = Math.min(active, options.length - 1);
  const noMatch = !!picker.query.value.trim() && picker.matches.value.length === 0;
  const status = error
    ? `Threads could not be loaded: ${errorMessage(error.code)}`
    : loading && options.length === 1
      ? 'Loading threads…'
      : noMatch && !loading
        ? picker.hasMore.value
          ? 'No thread read so far matches; older threads may.'
          : 'No thread matches.'
        : null;
  const optionId = (index: number) => `thread-option-${index}`;

  const show = () => {
    picker.open();
    setOpen(true);
    setActive(0);
  };
  const close = () => {
    setOpen(false);
    picker.setQuery('');
  };
  const choose = (option: Option | undefined) => {
    if (!option) return;
    if (option.kind === 'more') return picker.loadMore();
    close();
    if (option.id !== threadId) onThread(option.id);
  };

  return (
    <div class="thread-picker" onFocusOut={(event) => !event.currentTarget.contains(event.relatedTarget as Node | null) && close()}>
      <label for="thread-filter">Thread</label>
      <input
        id="thread-filter"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls="thread-options"
        aria-activedescendant={open ? optionId(current) : undefined}
        placeholder={open ? 'Type part of a title' : 'All threads'}
        value={open ? picker.query.value : threadId ? (threadTitle ?? 'This thread') : ''}
        onFocus={show}
        onClick={() => !open && show()}
        onInput={(event) => {
          picker.setQuery(event.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (!open) return show();
            setActive(Math.max(0, Math.min(options.length - 1, current + (event.key === 'ArrowDown' ? 1 : -1))));
          } else if (event.key === 'Enter' && open) {
            event.preventDefault();
            choose(options[current]);
          } else if (event.key === 'Escape' && open) {
            // Closes the list only; the queue's own Escape is not for this key press.
            event.preventDefault();
            event.stopPropagation();
            close();
          }
        }}
      />
      {open && (
        <div class="thread-popup">
          <ul id="thread-options" role="listbox" aria-label="Threads" aria-busy={loading}>
            {options.map((option, index) => (
              <li
                key={option.kind === 'more' ? 'more' : (option.id ?? '')}
                id={optionId(index)}
                role="option"
                class={`${option.kind === 'more' ? 'more-option' : ''}${index === current ? ' active' : ''}`}
                aria-selected={index === current}
                // Keeps the focus in the text box, which owns the list.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
              >
                {option.kind === 'more' ? (loading ? 'Loading older threads…' : 'Show older threads') : option.label}
              </li>
            ))}
          </ul>
          {/* Mounted with the list, so that screen readers announce the text when it comes. */}
          <p class={`small ${error ? 'error' : 'muted'}`} role="status" hidden={!status}>
            {status}
          </p>
        </div>
      )}
    </div>
  );
}
