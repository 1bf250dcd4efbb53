/** The demo pages `npm start` lists (and the end-to-end tests visit), with what each shows. */
export const DEMO_PAGES: Array<[string, string]> = [
  ['/', 'News article (light) with the comment thread'],
  ['/dark', 'The same article on a dark page'],
  ['/list', 'An article list with comment counts (one request)'],
  ['/spa', 'A single-page app switching articles and languages (Parley.reset)'],
  ['/csp', 'An article under a strict, nonce-based Content Security Policy'],
  ['/publisher-login', "The publisher's own login (site SSO): signs you in to the comments on / and /dark"],
];
