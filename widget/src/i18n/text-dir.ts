/**
 * The direction of a text box: its text's own once it holds any (English typed in the Arabic
 * widget, Arabic on an English page), else the widget's. Chromium lays out an empty box with
 * `dir="auto"` left to right whatever the widget's direction, so `auto` waits for the first word.
 */
export function textDir(text: string, widgetDir: 'ltr' | 'rtl'): 'auto' | 'ltr' | 'rtl' {
  return text.trim() ? 'auto' : widgetDir;
}
