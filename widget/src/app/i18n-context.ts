import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type Translator } from '../i18n/translator.ts';

/** The translator for the widget's locale. */
export const I18n = createContext<Translator>(createTranslator('en'));

/** The current translator. */
export function useI18n(): Translator {
  return useContext(I18n);
}
