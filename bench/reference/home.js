// The plain-DOM reference for `make bench`: hand-written JavaScript that fetches the same
// feed and builds the same front page as Manchette (same markup, same classes, same CSS, the
// same selection rules and Intl dates), then sets the same performance mark. No framework,
// no tricks the app could not use: fetch, JSON.parse, createElement, textContent.

const MARK = 'manchette:home-rendered';
const TOP_STORIES = 4;
const PER_SECTION = 4;
const BRIEFS = 12;
const TICKER = 3;
const full = new Intl.DateTimeFormat('fr', { dateStyle: 'full', timeStyle: 'short' });
const day = new Intl.DateTimeFormat('fr', { dateStyle: 'full' });
const time = new Intl.DateTimeFormat('fr', { timeStyle: 'short' });

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/œ/g, 'oe').replace(/æ/g, 'ae').split(/[^\p{L}\p{N}]+/u).filter(Boolean).join('-');
const dateOf = (item) => Date.parse(item.date_published ?? item.date_modified ?? '') || null;
const newestFirst = (items) => [...items].sort((a, b) => (dateOf(b) ?? -Infinity) - (dateOf(a) ?? -Infinity));

function normalise(feed) {
  const seen = new Set();
  const items = [];
  for (const raw of feed.items ?? []) {
    if (!raw || typeof raw !== 'object') continue;
    const id = typeof raw.id === 'number' ? String(raw.id) : raw.id;
    if (typeof id !== 'string' || !id.trim() || seen.has(id)) continue;
    seen.add(id);
    const ext = raw._manchette ?? {};
    const body = (raw.content_text ?? (raw.content_html ?? '').replace(/<[^>]*>/g, ' ')).trim();
    const kind = ext.kind === 'brief' || ext.kind === 'article' ? ext.kind
      : (raw.title && (!body || body === raw.title.trim()) ? 'brief' : 'article');
    const section = ext.section ?? raw.tags?.[0];
    items.push({ ...raw, id, kind, section: section ? fold(section) : null, lead: ext.lead ?? raw.summary, featured: ext.featured });
  }
  let sections = (feed._manchette?.sections ?? []).map((s) => ({ slug: fold(s.slug ?? s.name), name: s.name ?? s.slug, order: s.order ?? Infinity }))
    .sort((a, b) => a.order - b.order);
  if (!sections.length) {
    sections = [];
    for (const item of items) {
      if (item.kind === 'article' && item.section && !sections.some((s) => s.slug === item.section)) {
        sections.push({ slug: item.section, name: item.tags?.[0] ?? item.section });
      }
    }
  }
  return { items, sections, title: feed._manchette?.site_name ?? feed.title };
}

function slugOf(title) {
  const slug = fold(title ?? '');
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 80);
  return cut.slice(0, cut.lastIndexOf('-'));
}

const articlePath = (item) => `/article/${encodeURIComponent(item.id)}/${slugOf(item.title)}`;

function card(item, size, level = 3) {
  const image = item.image ? el('img', { class: 'card-image', src: item.image, alt: '', width: '1200', height: '675', loading: 'lazy', decoding: 'async' }) : null;
  const link = el('a', { href: articlePath(item) }, item.title ?? item.id);
  const heading = el(`h${level}`, { class: 'card-title' }, link);
  const lead = size !== 'compact' && item.lead ? el('p', { class: 'card-lead-text' }, item.lead) : null;
  const when = dateOf(item);
  const stamp = when ? el('time', { class: 'card-time', datetime: new Date(when).toISOString() }, full.format(when)) : null;
  return el('article', { class: `card card-${size}`, 'data-section': item.section },
    image, el('div', { class: 'card-text' }, heading, lead, el('p', { class: 'card-meta' }, stamp)));
}

function briefList(briefs, live) {
  return el('ol', { class: 'brief-list', 'aria-live': live ? 'polite' : null },
    ...briefs.map((b) => el('li', { id: `breve-${b.id}` },
      dateOf(b) ? el('time', { datetime: new Date(dateOf(b)).toISOString() }, time.format(dateOf(b))) : null,
      ' ', el('span', {}, b.title ?? b.content_text ?? ''))));
}

function frontPage({ items, sections, title }) {
  const articles = items.filter((i) => i.kind === 'article');
  const ranked = articles.filter((i) => i.featured >= 1).sort((a, b) => a.featured - b.featured);
  const lead = ranked[0] ?? newestFirst(articles.filter((i) => i.image))[0] ?? newestFirst(articles)[0];
  const top = [];
  for (const item of [...ranked, ...newestFirst(articles.filter((i) => i.image)), ...newestFirst(articles)]) {
    if (top.length === TOP_STORIES) break;
    if (item !== lead && !top.includes(item)) top.push(item);
  }
  const shown = new Set([lead, ...top].filter(Boolean).map((i) => i.id));
  const briefs = newestFirst(items.filter((i) => i.kind === 'brief'));

  const nav = el('ul', { class: 'section-nav' },
    el('li', {}, el('a', { href: '/', 'aria-current': 'page' }, 'Accueil')),
    ...sections.map((s) => el('li', { 'data-section': s.slug }, el('a', { href: `/rubrique/${s.slug}` }, s.name))),
    el('li', {}, el('a', { href: '/fil-info' }, 'Fil info')),
    el('li', {}, el('a', { href: '/sauvegardes' }, 'Sauvegardés')));
  const masthead = el('header', { class: 'masthead' },
    el('div', { class: 'masthead-top' },
      el('p', { class: 'edition-date' }, day.format(Date.now())),
      el('a', { class: 'brand', href: '/' }, title),
      el('div', { class: 'masthead-tools' },
        el('form', { class: 'search-box', role: 'search' },
          el('label', { for: 'recherche-q', class: 'visually-hidden' }, 'Rechercher dans le journal'),
          el('input', { id: 'recherche-q', type: 'search', name: 'q', placeholder: 'Rechercher…' })),
        el('button', { type: 'button', class: 'theme-toggle', 'aria-pressed': 'false' }, 'Thème sombre'),
        el('button', { type: 'button', class: 'menu-toggle', 'aria-expanded': 'false' }, 'Rubriques'))),
    el('nav', { id: 'rubriques', class: 'sections', 'aria-label': 'Rubriques du journal' }, nav));
  const ticker = el('section', { class: 'ticker', 'aria-labelledby': 'ticker-title' },
    el('h2', { id: 'ticker-title' }, el('a', { href: '/fil-info' }, 'Fil info')), briefList(briefs.slice(0, TICKER), true));

  const blocks = sections.map((section) => {
    const cards = newestFirst(articles.filter((i) => i.section === section.slug && !shown.has(i.id))).slice(0, PER_SECTION);
    if (!cards.length) return null;
    return el('section', { class: 'section-block', 'data-section': section.slug, 'aria-labelledby': `rubrique-${section.slug}` },
      el('h2', { id: `rubrique-${section.slug}` }, el('a', { href: `/rubrique/${section.slug}` }, section.name)),
      el('ul', { class: 'card-list' }, ...cards.map((c) => el('li', {}, card(c, 'compact')))),
      el('p', { class: 'more-link' }, el('a', { href: `/rubrique/${section.slug}` }, `Toute la rubrique ${section.name}`)));
  });
  const main = el('main', { id: 'contenu', tabindex: '-1' },
    el('h1', { class: 'page-kicker', tabindex: '-1' }, 'À la une'),
    el('div', { class: 'front-page' },
      el('div', { class: 'front-main' },
        lead ? card(lead, 'lead', 2) : null,
        el('ul', { class: 'top-stories' }, ...top.map((t) => el('li', {}, card(t, 'top')))),
        ...blocks),
      el('aside', { class: 'front-briefs', 'aria-labelledby': 'fil-info-une' },
        el('h2', { id: 'fil-info-une' }, 'Fil info'), briefList(briefs.slice(0, BRIEFS), false),
        el('p', { class: 'more-link' }, el('a', { href: '/fil-info' }, 'Tout le fil info')))));
  const footer = el('footer', { class: 'site-footer' },
    el('nav', { 'aria-label': 'Pied de page' }, el('ul', { class: 'footer-sections' },
      ...sections.map((s) => el('li', {}, el('a', { href: `/rubrique/${s.slug}` }, s.name))))),
    el('p', { class: 'footer-about' }, el('strong', {}, title), ' — Édition numérique propulsée par Manchette.'));
  return [el('a', { class: 'skip-link', href: '#contenu' }, 'Aller au contenu'), masthead, ticker, main, footer];
}

const response = await fetch('feed.json', { cache: 'no-cache' });
const feed = JSON.parse(new TextDecoder().decode(await response.arrayBuffer()));
document.body.append(...frontPage(normalise(feed)));
performance.mark(MARK);
