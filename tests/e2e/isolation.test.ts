import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useDemoSession, waitForThread, widget } from '../support/pages.ts';

const demo = useDemoSession();

const INHERITED = ['color', 'fontFamily', 'fontSize', 'fontStyle', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'textShadow'] as const;

/** Computed styles of the host page's own elements, and how many style sheets the document has. */
function hostStyles(page: Page) {
  return page.evaluate(() => {
    const pick = ['color', 'backgroundColor', 'fontFamily', 'fontSize', 'lineHeight', 'letterSpacing', 'textTransform', 'margin', 'padding', 'borderTopStyle'] as const;
    const elements = ['body', 'h1', '#reply-title', '.post p', '.masthead nav a', 'figcaption', 'footer'];
    return {
      elements: Object.fromEntries(
        elements.map((selector) => {
          const style = getComputedStyle(document.querySelector(selector)!);
          return [selector, Object.fromEntries(pick.map((name) => [name, style[name]]))];
        }),
      ),
      sheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
    };
  });
}

describe('Shadow DOM isolation on the night edition, whose CSS targets the widget element itself', () => {
  it('keeps the page rules that match <parley-comments> out of the widget', async () => {
    const page = await openPage(demo.browser, '/dark', demo.log);
    await waitForThread(page);
    // The hostile rules do apply to the element itself, so they would be inherited without the wrapper's reset.
    const host = await widget(page).evaluate((element) => ({ color: getComputedStyle(element).color, fontSize: getComputedStyle(element).fontSize }));
    expect(host).toEqual({ color: 'rgb(255, 123, 114)', fontSize: '12px' });

    const rootFontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const inside = await widget(page).evaluate((element, names) => {
      const read = (selector: string) => {
        const style = getComputedStyle(element.shadowRoot!.querySelector(selector)!) as unknown as Record<string, string>;
        return Object.fromEntries(names.map((name) => [name, style[name]]));
      };
      return { text: read('article .body p'), name: read('article .name'), heading: read('h2'), button: read('article button') };
    }, INHERITED as unknown as string[]);

    const size = parseFloat(rootFontSize);
    expect(inside.text).toEqual({
      color: 'rgb(230, 237, 243)',
      fontFamily: expect.stringMatching(/^system-ui/),
      fontSize: `${size}px`,
      fontStyle: 'normal',
      lineHeight: `${size * 1.5}px`,
      letterSpacing: 'normal',
      wordSpacing: '0px',
      textTransform: 'none',
      textIndent: '0px',
      textShadow: 'none',
    });
    expect(inside.name).toMatchObject({ color: 'rgb(230, 237, 243)', fontStyle: 'normal', letterSpacing: 'normal', textTransform: 'none' });
    expect(inside.heading).toMatchObject({ color: 'rgb(230, 237, 243)', fontSize: `${size * 1.25}px`, textShadow: 'none', textIndent: '0px' });
    expect(inside.button).toMatchObject({ fontFamily: expect.stringMatching(/^system-ui/), textTransform: 'none', letterSpacing: 'normal', fontStyle: 'normal' });
  });

  it('still takes the documented --parley-* properties from the page', async () => {
    const page = await openPage(demo.browser, '/dark', demo.log);
    await waitForThread(page);
    await page.addStyleTag({ content: 'parley-comments { --parley-fg: rgb(1, 2, 3); --parley-font: monospace; --parley-font-size: 20px; }' });
    const text = await widget(page).evaluate((element) => {
      const style = getComputedStyle(element.shadowRoot!.querySelector('article .body p')!);
      return { color: style.color, fontFamily: style.fontFamily, fontSize: style.fontSize };
    });
    expect(text).toEqual({ color: 'rgb(1, 2, 3)', fontFamily: 'monospace', fontSize: '20px' });
  });

  it('does not restyle the page: its own elements look the same with the widget as without it', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/embed.js', (route) => route.abort());
    const without = await openPage(demo.browser, '/dark', demo.log, { context, name: 'without the widget' });
    await without.waitForLoadState('load');
    expect(await without.locator('parley-comments').count()).toBe(0);
    const expected = await hostStyles(without);
    await context.close();

    const page = await openPage(demo.browser, '/dark', demo.log);
    await waitForThread(page);
    // Open the writing forms too: their styles are added when they load.
    await widget(page).getByLabel('Your comment').click();
    await widget(page).locator('form.composer').getByLabel('Name').waitFor();
    expect(await hostStyles(page)).toEqual(expected);
  });
});
