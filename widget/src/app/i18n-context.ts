import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '../i18n/translator.ts';

/** The translator for the widget's locale. */
export const I18n = createContext<Translator | null>(null);

/** The current translator. */
export function useI18n(): Translator {
  const i18n = useContext(I18n);
  if (!i18n) throw new Error('Parley components render inside <I18n.Provider>.');
  return i18n;
}
