/**
 * The SPA demo: switches between two stories without a reload (history.pushState) and tells
 * Parley to show the other story's thread with `Parley.reset`; the language picker resets the
 * widget's locale the same way.
 */
interface Story {
  kicker: string;
  title: string;
  lead: string;
  url: string;
}

const STORIES: Record<string, Story> = {
  harbor: {
    kicker: 'City',
    title: 'City council approves protected bike lanes on Harbor Street',
    lead: 'After three hours of public comment, the city council voted 7–2 on Tuesday night to build a two-kilometre protected bike lane along Harbor Street.',
    url: 'https://news.parley.test/2026/11/harbor-street-bike-lanes',
  },
  library: {
    kicker: 'Education',
    title: 'The central library will stay open until midnight during exams',
    lead: 'Late hours run through December, with the reading room and the ground floor open to everyone.',
    url: 'https://news.parley.test/2026/11/library-night-hours',
  },
};

interface ParleyApi {
  reset(options: Record<string, string>): void;
}

const parley = () => (window as unknown as { Parley: ParleyApi }).Parley;
let current = '';

async function show(key: string) {
  const story = STORIES[key] ?? STORIES.harbor!;
  const changed = current !== '' && current !== key;
  current = key in STORIES ? key : 'harbor';
  document.getElementById('kicker')!.textContent = story.kicker;
  document.getElementById('title')!.textContent = story.title;
  document.getElementById('lead')!.textContent = story.lead;
  document.title = `${story.title} – The Daily Parley Live`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-article]')) {
    if (link.dataset.article === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  await customElements.whenDefined('parley-comments');
  if (changed || story.url !== STORIES.harbor!.url) parley().reset({ url: story.url, title: story.title });
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-article]');
  if (!link) return;
  event.preventDefault();
  history.pushState({}, '', link.href);
  void show(link.dataset.article!);
});
addEventListener('popstate', () => void show(new URLSearchParams(location.search).get('article') ?? 'harbor'));
document.getElementById('language')!.addEventListener('change', async (event) => {
  await customElements.whenDefined('parley-comments');
  parley().reset({ locale: (event.target as HTMLSelectElement).value });
});

void show(new URLSearchParams(location.search).get('article') ?? 'harbor');
