import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '../app/i18n-context.ts';

/** A short Markdown reference, behind a toggle button. Escape closes it. */
export function MarkdownHelp({ id }: { id: string }) {
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  const word = (key: 'help.bold' | 'help.italic' | 'help.code' | 'help.quote' | 'help.list' | 'help.link') => i18n.t(key);
  const examples: Array<[string, ComponentChildren]> = [
    [`**${word('help.bold')}**`, <strong>{word('help.bold')}</strong>],
    [`*${word('help.italic')}*`, <em>{word('help.italic')}</em>],
    [`\`${word('help.code')}\``, <code>{word('help.code')}</code>],
    [`> ${word('help.quote')}`, <span class="quote-sample">{word('help.quote')}</span>],
    [`- ${word('help.list')}`, <span>• {word('help.list')}</span>],
    [`[${word('help.link')}](https://…)`, <span class="link-sample">{word('help.link')}</span>],
  ];
  return (
    <div class="help-wrap" onKeyDown={(event) => event.key === 'Escape' && open && (event.stopPropagation(), setOpen(false))}>
      <button type="button" class="link small" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {i18n.t('help.toggle')}
      </button>
      <div id={id} class="help" hidden={!open}>
        <p>{i18n.t('help.intro')}</p>
        <dl>
          {examples.map(([source, result]) => (
            <div key={source}>
              <dt>
                <code>{source}</code>
              </dt>
              <dd>{result}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
