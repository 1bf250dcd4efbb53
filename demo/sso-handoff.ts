/**
 * What a publisher's article page does after its login: hands the member's signed token to
 * Parley. A real publisher renders it server-side as `data-sso-token` on the script tag; this
 * static demo receives it in the fragment from publisher-login.html and uses the JS API.
 */
const match = /^#parley-sso=([\w.-]+)$/.exec(location.hash);
if (match) {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  void customElements.whenDefined('parley-comments').then(() => (window as unknown as { Parley: { sso(token: string): void } }).Parley.sso(match[1]!));
}
