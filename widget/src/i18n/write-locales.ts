import type { Language } from './languages.ts';
import type { WriteMessages } from './translator.ts';

/** Loads a language's writing messages, with the composer. */
export const WRITE_LOCALES: Record<Language, () => Promise<{ default: WriteMessages }>> = {
  en: () => import('./en-write.ts'),
  ru: () => import('./ru-write.ts'),
  es: () => import('./es-write.ts'),
  de: () => import('./de-write.ts'),
  ar: () => import('./ar-write.ts'),
};
