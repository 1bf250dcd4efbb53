import type { BrowserContext } from 'playwright-core';

/**
 * A test stand-in for the part of Google's `https://apis.google.com/js/api.js` that Firebase Auth's
 * popup sign-in uses: `gapi.load('gapi.iframes')` and an iframe channel (`open`, `register`,
 * `send`, `ping`, `getParentIframe`) carried over postMessage. Both sides use it: the widget's page
 * (Auth's hidden helper frame) and the Auth emulator's helper frame page, which relays the
 * provider page's answer. This machine cannot download the real script; the product never
 * includes this file: the end-to-end test serves it in place of Google's through the browser's
 * request routing, so everything else in the flow (Auth SDK, the emulator's provider page and
 * helper frame, the widget) is the real thing.
 */
const GAPI_DOUBLE = String.raw`(() => {
  const TAG = '__parleyGapiDouble';
  const channel = (target) => {
    const handlers = {};
    const waiting = [];
    const pending = {};
    let sequence = 0;
    const answer = (message) => {
      const handler = handlers[message.name];
      if (!handler) return waiting.push(message);
      Promise.resolve(handler(message.data)).then((result) =>
        target.postMessage({ [TAG]: true, kind: 'reply', id: message.id, result: [result] }, '*'),
      );
    };
    addEventListener('message', (event) => {
      const message = event.data;
      if (event.source !== target || !message || !message[TAG]) return;
      if (message.kind === 'call') answer(message);
      else if (pending[message.id]) {
        const callback = pending[message.id];
        delete pending[message.id];
        try { callback(message.result); } catch (error) { console.warn('gapi double callback:', error); }
      }
    });
    const api = {
      register(name, handler) {
        handlers[name] = handler;
        for (const message of waiting.splice(0)) answer(message);
      },
      send(name, data, callback) {
        const id = String(++sequence);
        pending[id] = callback || (() => {});
        target.postMessage({ [TAG]: true, kind: 'call', id, name, data }, '*');
        return id;
      },
      ping(callback) {
        return new Promise((resolve) => {
          let done = false;
          const finish = () => { if (!done) { done = true; clearInterval(timer); callback && callback(); resolve(); } };
          const timer = setInterval(() => api.send('__ping', null, finish), 100);
          api.send('__ping', null, finish);
        });
      },
      restyle() { return Promise.resolve(); },
    };
    api.register('__ping', () => 'pong');
    return api;
  };
  const context = {
    open(options, ready) {
      const frame = document.createElement('iframe');
      for (const [name, value] of Object.entries(options.attributes || {})) {
        if (name === 'style') Object.assign(frame.style, value);
        else frame.setAttribute(name, value);
      }
      frame.src = options.url;
      (options.where || document.body).appendChild(frame);
      return ready(channel(frame.contentWindow));
    },
    getParentIframe() { return channel(window.parent); },
  };
  window.gapi = {
    load(_name, options) { setTimeout(() => (typeof options === 'function' ? options() : options.callback()), 0); },
    iframes: { getContext: () => context, CROSS_ORIGIN_IFRAMES_FILTER: () => true, Iframe: function Iframe() {} },
  };
  const onload = new URL(document.currentScript.src).searchParams.get('onload');
  if (onload && window[onload]) window[onload]();
  if (window.gapi_onload) window.gapi_onload();
})();`;

/** Serves the stand-in for Google's gapi loader to every page and frame of `context`; the emulator provider page's fonts and styles (unreachable here) are refused at once. */
export async function useGapiDouble(context: BrowserContext): Promise<void> {
  await context.route('https://apis.google.com/js/api.js*', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: GAPI_DOUBLE }));
  await context.route(/^https:\/\/(unpkg\.com|fonts\.googleapis\.com|fonts\.gstatic\.com)\//, (route) => route.abort('blockedbyclient'));
}
