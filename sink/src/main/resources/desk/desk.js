// The Newsline desk: a live, filtered list of enriched articles, a reader that highlights the evidence of
// every country and topic tag, and a 24-hour chart. Plain browser JavaScript, no build step, no library.
// Article text only ever reaches the page through text nodes (never innerHTML).
(function () {
  'use strict';

  const LIST_LIMIT = 100;
  const FACET_LIMIT = 500;
  const HOUR = 3600 * 1000;
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const FILTERS = ['country', 'topic', 'lang', 'q'];

  const $ = (id) => document.getElementById(id);
  const state = { filters: readFilters(), stream: null, streamBroken: false, articleId: null };
  const facets = { country: new Map(), topic: new Map(), lang: new Map() };

  // ---- small DOM helpers ----------------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') node.textContent = v;
      else if (k === 'class') node.className = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    for (const c of children) node.append(c);
    return node;
  }

  function debounce(fn, ms) {
    let timer = null;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }

  const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const hourFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
  const languageNames = typeof Intl.DisplayNames === 'function'
    ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;

  function timeElement(iso) {
    if (!iso) return el('span', { text: 'no time' });
    const d = new Date(iso);
    return el('time', { datetime: iso, title: iso, text: isNaN(d) ? iso : timeFormat.format(d) });
  }

  function languageName(code) {
    if (!code || code === 'und') return 'undetermined';
    try { return (languageNames && languageNames.of(code)) || code; } catch (e) { return code; }
  }

  // Only web links become links: a javascript: or data: URL from a feed must not be clickable.
  function safeHref(url) {
    try {
      const u = new URL(url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  // ---- filters and the URL ----------------------------------------------------------------------------

  function readFilters() {
    const params = new URLSearchParams(location.search);
    const f = {};
    for (const name of FILTERS) f[name] = (params.get(name) || '').trim();
    f.country = f.country.toUpperCase();
    return f;
  }

  function query(filters, extra) {
    const params = new URLSearchParams();
    for (const name of FILTERS) if (filters[name]) params.set(name, filters[name]);
    for (const [k, v] of Object.entries(extra || {})) if (v !== null && v !== undefined) params.set(k, v);
    return params;
  }

  function pageUrl(articleId) {
    const params = query(state.filters, { article: articleId || null });
    const s = params.toString();
    return location.pathname + (s ? '?' + s : '');
  }

  function showFiltersInForm() {
    $('f-country').value = ensureOption('country', state.filters.country);
    $('f-topic').value = ensureOption('topic', state.filters.topic);
    $('f-lang').value = ensureOption('lang', state.filters.lang);
    $('f-q').value = state.filters.q;
  }

  function filtersChanged() {
    state.filters = {
      country: $('f-country').value, topic: $('f-topic').value, lang: $('f-lang').value, q: $('f-q').value.trim(),
    };
    history.replaceState(null, '', pageUrl(state.articleId));
    reloadAll();
  }

  // ---- the option lists (facets) -----------------------------------------------------------------------

  const SELECTS = { country: 'f-country', topic: 'f-topic', lang: 'f-lang' };

  function facetLabel(kind, value, name) {
    if (kind === 'country') return name ? `${name} (${value})` : value;
    if (kind === 'topic') return name ? `${name} (${value})` : value;
    return `${languageName(value)} (${value})`;
  }

  function learnFacets(article) {
    for (const c of article.countries || []) facets.country.set(c.code, c.name || c.code);
    for (const t of article.topics || []) facets.topic.set(t.slug, t.name || t.slug);
    if (article.language && article.language.code) facets.lang.set(article.language.code, null);
  }

  function ensureOption(kind, value) {
    if (value && !facets[kind].has(value)) facets[kind].set(value, null);
    renderOptions(kind);
    return value;
  }

  function renderOptions(kind) {
    const select = $(SELECTS[kind]);
    const current = select.value || state.filters[kind];
    const entries = [...facets[kind].entries()]
      .map(([value, name]) => [value, facetLabel(kind, value, name)])
      .sort((a, b) => a[1].localeCompare(b[1]));
    const options = [select.options[0]];
    for (const [value, label] of entries) options.push(el('option', { value, text: label }));
    select.replaceChildren(...options);
    select.value = current;
  }

  async function loadFacets() {
    try {
      const data = await getJson('/api/articles?' + new URLSearchParams({ limit: FACET_LIMIT }));
      data.articles.forEach(learnFacets);
      Object.keys(SELECTS).forEach(renderOptions);
    } catch (e) {
      // The list itself reports trouble; the filters keep what they have.
    }
  }

  // ---- HTTP ----------------------------------------------------------------------------------------------

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let message = `${response.status} ${response.statusText}`;
      try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  // ---- the list --------------------------------------------------------------------------------------------

  let listGeneration = 0;

  async function loadList() {
    const generation = ++listGeneration;
    const status = $('list-status');
    status.textContent = 'Loading…';
    try {
      const data = await getJson('/api/articles?' + query(state.filters, { limit: LIST_LIMIT }));
      if (generation !== listGeneration) return;
      const list = $('articles');
      list.replaceChildren(...data.articles.map((a) => listItem(a, false)));
      data.articles.forEach(learnFacets);
      Object.keys(SELECTS).forEach(renderOptions);
      status.textContent = describeCount(data.articles.length);
      list.dataset.loaded = 'true';
    } catch (e) {
      if (generation === listGeneration) status.textContent = 'Could not load the articles: ' + e.message;
    }
  }

  function describeCount(n) {
    const filtered = FILTERS.some((f) => state.filters[f]);
    if (n === 0) return filtered ? 'No article matches these filters yet; new ones appear here as they arrive.'
      : 'No article yet; new ones appear here as they arrive.';
    return `${n} article${n === 1 ? '' : 's'}${n >= LIST_LIMIT ? ' (the newest ' + LIST_LIMIT + ')' : ''}, newest first.`;
  }

  function tagChip(kind, tag) {
    const code = kind === 'country' ? tag.code : tag.slug;
    const label = kind === 'country' ? tag.code : (tag.name || tag.slug);
    return el('li', {
      class: `chip chip-${kind}${tag.primary ? ' primary' : ''}`,
      title: tagTitle(kind, tag) + (tag.primary ? '' : ' — mentioned, not primary'),
      'data-tag': `${kind}:${code}`,
      text: label,
    });
  }

  // The list shows primary tags; the others are named in one chip's hover title.
  function moreTagsChip(article) {
    const others = [
      ...(article.countries || []).filter((c) => !c.primary).map((c) => tagTitle('country', c)),
      ...(article.topics || []).filter((t) => !t.primary).map((t) => tagTitle('topic', t)),
    ];
    if (!others.length) return null;
    return el('li', { class: 'chip chip-more', title: 'Also mentioned:\n' + others.join('\n'), text: `+${others.length} more` });
  }

  function tagTitle(kind, tag) {
    return kind === 'country'
      ? `Country: ${tag.name || tag.code} (${tag.code})`
      : `Topic: ${tag.name && tag.name !== tag.slug ? `${tag.name} (${tag.slug})` : tag.slug}`;
  }

  function copiesElement(duplicates) {
    const count = duplicates ? duplicates.count : 0;
    const details = el('details', { class: 'copies' });
    details.hidden = count === 0;
    const summary = el('summary', { text: copiesLabel(count) });
    const ids = el('ul');
    for (const id of (duplicates && duplicates.ids) || []) ids.append(copyLink(id));
    details.append(summary, ids);
    return details;
  }

  function copiesLabel(count) {
    return `${count} ${count === 1 ? 'copy' : 'copies'} folded here`;
  }

  function copyLink(id) {
    const a = el('a', { href: pageUrlFor(id), 'data-open': id, class: 'copy-link', text: id });
    return el('li', {}, a);
  }

  function pageUrlFor(id) {
    const params = query(state.filters, { article: id });
    return location.pathname + '?' + params;
  }

  function listItem(article, live) {
    const language = article.language || {};
    const langCode = language.code && language.code !== 'und' ? language.code : null;
    const title = el('h3', { class: 'title' },
      el('a', { href: pageUrlFor(article.id), 'data-open': article.id, dir: 'auto', lang: langCode, text: article.title || '(no title)' }));
    const confidence = typeof language.confidence === 'number' ? ` (confidence ${language.confidence.toFixed(2)})` : '';
    const meta = el('p', { class: 'meta' },
      el('span', { class: 'source', text: article.source || 'unknown source' }),
      ' · ', timeElement(article.event_time),
      ' · ', el('span', { class: 'lang', title: `Language: ${languageName(language.code)}${confidence}`, text: language.code || 'und' }));
    const tags = el('ul', { class: 'chips', 'aria-label': 'Tags' },
      ...(article.countries || []).filter((c) => c.primary).map((c) => tagChip('country', c)),
      ...(article.topics || []).filter((t) => t.primary).map((t) => tagChip('topic', t)),
      moreTagsChip(article));
    const item = el('li', { class: 'item' + (live ? ' live' : ''), 'data-id': article.id, 'data-time': article.event_time || '' },
      title, meta, tags, copiesElement(article.duplicates));
    if (article.id === state.articleId) item.classList.add('selected');
    return item;
  }

  function findItem(id) {
    for (const li of $('articles').children) if (li.dataset.id === id) return li;
    return null;
  }

  // Keeps the API's order (newest event time first); an arrival with the same time goes on top.
  function insertLive(article) {
    const list = $('articles');
    const old = findItem(article.id);
    if (old) old.remove();
    const item = listItem(article, true);
    const t = article.event_time || '';
    let before = null;
    for (const li of list.children) {
      if ((li.dataset.time || '') <= t) { before = li; break; }
    }
    list.insertBefore(item, before);
    while (list.children.length > LIST_LIMIT) list.lastElementChild.remove();
    learnFacets(article);
    Object.keys(SELECTS).forEach(renderOptions);
    $('list-status').textContent = `New: ${article.title || article.id}. ` + describeCount(list.children.length);
    setTimeout(() => item.classList.remove('live'), 8000);
  }

  function foldCopy(copy) {
    const item = findItem(copy.duplicate_of);
    if (!item) return;
    const details = item.querySelector('details.copies');
    const ids = details.querySelector('ul');
    if ([...ids.querySelectorAll('a')].some((a) => a.dataset.open === copy.id)) return;
    ids.append(copyLink(copy.id));
    const count = ids.children.length;
    details.querySelector('summary').textContent = copiesLabel(count);
    details.hidden = false;
    item.classList.add('copied');
    setTimeout(() => item.classList.remove('copied'), 4000);
  }

  // ---- live updates (Server-Sent Events) -------------------------------------------------------------------

  const refetchForSearch = debounce(loadList, 500);

  function connectStream() {
    if (state.stream) state.stream.close();
    const params = query(state.filters);
    params.delete('q'); // the stream filters by tags; the search box narrows by reloading the list
    const source = new EventSource('/api/stream' + (params.toString() ? '?' + params : ''));
    state.stream = source;
    setConnection('connecting', 'Connecting…');
    source.addEventListener('open', () => {
      setConnection('live', 'Live');
      if (state.streamBroken) { state.streamBroken = false; loadList(); refreshChart(); }
    });
    source.addEventListener('error', () => {
      state.streamBroken = true;
      setConnection('down', 'Reconnecting…');
    });
    source.addEventListener('article', (event) => {
      const article = parseEvent(event);
      if (!article) return;
      if (state.filters.q) refetchForSearch(); else insertLive(article);
      refreshChartSoon();
    });
    source.addEventListener('duplicate', (event) => {
      const copy = parseEvent(event);
      if (copy) foldCopy(copy);
      refreshChartSoon();
    });
  }

  function parseEvent(event) {
    try { return JSON.parse(event.data); } catch (e) { return null; }
  }

  function setConnection(stateName, text) {
    const node = $('connection');
    node.dataset.state = stateName;
    node.textContent = text;
  }

  // ---- the reader: text with highlighted evidence -----------------------------------------------------------

  // Every mention of every tag as {field, start, end, kind, code, title}; offsets are UTF-16 units, as JS strings.
  function mentionsOf(record) {
    const all = [];
    for (const [kind, tags] of [['country', record.countries || []], ['topic', record.topics || []]]) {
      for (const tag of tags) {
        const code = kind === 'country' ? tag.code : tag.slug;
        for (const m of tag.mentions || []) {
          all.push({ field: m.field, start: m.start, end: m.end, kind, code, title: tagTitle(kind, tag) });
        }
      }
    }
    return all;
  }

  // Cuts [from, to) of text at every mention edge; each piece covered by mentions becomes one <mark> naming
  // all of them, so overlapping mentions (e.g. "peace" inside "peacekeeping forces") stay visible and exact.
  function highlighted(text, from, to, mentions, field) {
    const inside = mentions.filter((m) => m.field === field && m.start < to && m.end > from
      && m.start >= 0 && m.end <= text.length && m.start < m.end);
    const edges = new Set([from, to]);
    for (const m of inside) { edges.add(Math.max(m.start, from)); edges.add(Math.min(m.end, to)); }
    const cuts = [...edges].sort((a, b) => a - b);
    const nodes = [];
    let open = null;
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i];
      const b = cuts[i + 1];
      const covering = inside.filter((m) => m.start <= a && m.end >= b);
      if (covering.length === 0) {
        open = null;
        nodes.push(document.createTextNode(text.slice(a, b)));
        continue;
      }
      const key = covering.map((m) => `${m.kind}:${m.code}@${m.start}-${m.end}`).sort().join(' ');
      if (open && open.key === key) {
        open.mark.append(text.slice(a, b));
        open.mark.dataset.end = String(b);
        continue;
      }
      const kinds = new Set(covering.map((m) => m.kind));
      const tags = [...new Set(covering.map((m) => `${m.kind}:${m.code}`))];
      const titles = [...new Set(covering.map((m) => m.title))];
      const mark = el('mark', {
        class: [...kinds].map((k) => 'm-' + k).join(' ') + (covering.length > 1 ? ' m-overlap' : ''),
        title: titles.join('\n'),
        'data-tags': tags.join(' '),
        'data-field': field,
        'data-start': a,
        'data-end': b,
      }, text.slice(a, b));
      open = { key, mark };
      nodes.push(mark);
    }
    return nodes;
  }

  function paragraphs(body) {
    const spans = [];
    let start = 0;
    while (start <= body.length) {
      const cut = body.indexOf('\n\n', start);
      const end = cut < 0 ? body.length : cut;
      if (body.slice(start, end).trim()) spans.push([start, end]);
      if (cut < 0) break;
      start = cut + 2;
    }
    return spans;
  }

  function readerHeader(record, mentions) {
    const language = record.language || {};
    const title = el('h2', { id: 'reader-title', dir: 'auto' },
      ...highlighted(record.title || '', 0, (record.title || '').length, mentions, 'title'));
    const href = record.url ? safeHref(record.url) : null;
    const meta = el('p', { class: 'meta' },
      el('span', { class: 'source', text: record.source || 'unknown source' }),
      ' · ', timeElement(record.event_time),
      ' · ', el('span', { class: 'lang', text: `${languageName(language.code)} (${language.code || 'und'})` }),
      href ? ' · ' : null,
      href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank', text: 'original' }) : null);
    return el('header', {}, title, meta, legend(record, mentions));
  }

  function legend(record, mentions) {
    const group = (kind, tags, label) => {
      if (!tags.length) return null;
      const items = tags.map((tag) => {
        const code = kind === 'country' ? tag.code : tag.slug;
        const n = mentions.filter((m) => m.kind === kind && m.code === code).length;
        const name = kind === 'country' ? `${tag.name || code} (${code})` : `${tag.name || code}`;
        const chip = el('li', {
          class: `chip chip-${kind}${tag.primary ? ' primary' : ''}`,
          'data-tag': `${kind}:${code}`,
          tabindex: 0,
          title: `${tagTitle(kind, tag)}: ${n} highlighted mention${n === 1 ? '' : 's'}` + (tag.primary ? ', primary' : ''),
          text: `${name} · ${n}`,
        });
        const emphasise = (on) => {
          for (const mark of $('reader-article').querySelectorAll('mark')) {
            if (mark.dataset.tags.split(' ').includes(`${kind}:${code}`)) mark.classList.toggle('focus', on);
          }
        };
        chip.addEventListener('mouseenter', () => emphasise(true));
        chip.addEventListener('mouseleave', () => emphasise(false));
        chip.addEventListener('focus', () => emphasise(true));
        chip.addEventListener('blur', () => emphasise(false));
        return chip;
      });
      return el('div', { class: 'legend-group' }, el('span', { class: 'legend-label', text: label }),
        el('ul', { class: 'chips' }, ...items));
    };
    return el('div', { class: 'legend' },
      group('country', record.countries || [], 'Countries'),
      group('topic', record.topics || [], 'Topics'),
      el('p', { class: 'legend-help', text: 'Highlighted words are the evidence for each tag; hover one to see which tag it supports. Hover or focus a tag to find its words.' }));
  }

  function readerBody(record, mentions) {
    const body = record.body || '';
    const language = record.language && record.language.code !== 'und' ? record.language.code : null;
    const container = el('div', { class: 'body', lang: language });
    for (const [start, end] of paragraphs(body)) {
      container.append(el('p', { dir: 'auto' }, ...highlighted(body, start, end, mentions, 'body')));
    }
    return container;
  }

  async function openArticle(id, push) {
    state.articleId = id;
    if (push) history.pushState(null, '', pageUrl(id));
    for (const li of $('articles').children) li.classList.toggle('selected', li.dataset.id === id);
    const reader = $('reader');
    const article = $('reader-article');
    reader.hidden = false;
    reader.parentElement.classList.add('reading');
    article.dataset.id = id;
    article.dataset.loaded = 'false';
    article.replaceChildren(el('p', { class: 'status', text: 'Loading the article…' }));
    try {
      const record = await getJson('/api/articles/' + encodeURIComponent(id));
      if (state.articleId !== id) return;
      const mentions = mentionsOf(record);
      const language = record.language && record.language.code !== 'und' ? record.language.code : null;
      const copies = record.duplicates && record.duplicates.count
        ? el('p', { class: 'copies-note', text: copiesLabel(record.duplicates.count) + '.' }) : null;
      article.replaceChildren(readerHeader(record, mentions), readerBody(record, mentions), copies);
      if (language) article.setAttribute('lang', language); else article.removeAttribute('lang');
      article.dataset.loaded = 'true';
      $('reader-title').setAttribute('tabindex', '-1');
      $('reader-title').focus({ preventScroll: false });
    } catch (e) {
      article.replaceChildren(el('p', { class: 'status', text: e.status === 404
        ? 'This article is no longer held by the desk (only the newest are kept).'
        : 'Could not load the article: ' + e.message }));
    }
  }

  function closeArticle(push) {
    state.articleId = null;
    $('reader').hidden = true;
    $('reader').parentElement.classList.remove('reading');
    $('reader-article').replaceChildren();
    for (const li of $('articles').children) li.classList.remove('selected');
    if (push) history.pushState(null, '', pageUrl(null));
  }

  // ---- the chart: counts per hour over the last 24 hours, drawn as SVG ----------------------------------------

  // Every article has exactly one language, so counting by language under the current filters and adding the
  // values up gives the articles (and copies) matching those filters.
  function chartQuery() {
    const end = Math.ceil(Date.now() / HOUR) * HOUR;
    const params = new URLSearchParams({
      by: 'language', window: '1h', from: new Date(end - 24 * HOUR).toISOString(), to: new Date(end).toISOString(),
    });
    for (const name of ['country', 'topic', 'lang']) if (state.filters[name]) params.set(name, state.filters[name]);
    return { params, end };
  }

  let chartGeneration = 0;

  async function refreshChart() {
    const generation = ++chartGeneration;
    const { params, end } = chartQuery();
    const caption = $('chart-summary');
    try {
      const data = await getJson('/api/counts?' + params);
      if (generation !== chartGeneration) return; // a newer answer is on its way
      const hours = [];
      for (let i = 0; i < 24; i++) hours.push({ start: end - (24 - i) * HOUR, originals: 0, duplicates: 0 });
      for (const bucket of data.buckets || []) {
        const slot = hours.find((h) => h.start === Date.parse(bucket.start));
        if (!slot) continue;
        for (const c of Object.values(bucket.counts || {})) {
          slot.originals += c.originals || 0;
          slot.duplicates += c.duplicates || 0;
        }
      }
      drawChart(hours);
      const originals = hours.reduce((s, h) => s + h.originals, 0);
      const duplicates = hours.reduce((s, h) => s + h.duplicates, 0);
      const scope = FILTERS.filter((f) => f !== 'q' && state.filters[f]).map((f) => `${f} ${state.filters[f]}`).join(', ');
      caption.textContent = `${originals} article${originals === 1 ? '' : 's'} and ${duplicates} cop${duplicates === 1 ? 'y' : 'ies'} `
        + `by event time, per hour, over the last 24 hours${scope ? ' for ' + scope : ''}`
        + (state.filters.q ? ' (the search box does not narrow the chart)' : '') + '.';
      $('chart').dataset.originals = String(originals);
      $('chart').dataset.duplicates = String(duplicates);
    } catch (e) {
      if (generation !== chartGeneration) return;
      $('chart').replaceChildren();
      caption.textContent = 'Counts unavailable: ' + e.message;
    }
  }

  // Counts are read from the application's state, which may trail the stream a little: look twice.
  const refreshChartSoon = debounce(() => { refreshChart(); setTimeout(refreshChart, 5000); }, 1500);

  function drawChart(hours) {
    const width = 960, height = 160, left = 34, bottom = 20, top = 20;
    const plotW = width - left - 6, plotH = height - bottom - top;
    const max = Math.max(1, ...hours.map((h) => h.originals + h.duplicates));
    const barW = plotW / hours.length;
    const y = (v) => top + plotH - (v / max) * plotH;
    const nodes = [
      svg('line', { x1: left, y1: top + plotH, x2: width - 6, y2: top + plotH, class: 'axis' }),
      svg('text', { x: left - 4, y: top + 4, class: 'tick', 'text-anchor': 'end' }, String(max)),
      svg('text', { x: left - 4, y: top + plotH, class: 'tick', 'text-anchor': 'end' }, '0'),
    ];
    hours.forEach((h, i) => {
      const x = left + i * barW + 1;
      const label = `${hourFormat.format(new Date(h.start))}–${hourFormat.format(new Date(h.start + HOUR))}: `
        + `${h.originals} article${h.originals === 1 ? '' : 's'}, ${h.duplicates} cop${h.duplicates === 1 ? 'y' : 'ies'}`;
      const group = svg('g', { class: 'bar' }, svg('title', {}, label));
      group.append(svg('rect', { x, y: top, width: barW - 2, height: plotH, class: 'hit' }));
      if (h.originals) group.append(svg('rect', { x, y: y(h.originals), width: barW - 2, height: top + plotH - y(h.originals), class: 'originals' }));
      if (h.duplicates) {
        const base = y(h.originals);
        group.append(svg('rect', { x, y: y(h.originals + h.duplicates), width: barW - 2, height: base - y(h.originals + h.duplicates), class: 'duplicates' }));
      }
      nodes.push(group);
      if (i % 6 === 0) {
        nodes.push(svg('text', { x: x + barW / 2, y: height - 5, class: 'tick', 'text-anchor': 'middle' }, hourFormat.format(new Date(h.start))));
      }
    });
    nodes.push(
      svg('rect', { x: width - 200, y: 2, width: 10, height: 10, class: 'originals' }),
      svg('text', { x: width - 186, y: 11, class: 'tick' }, 'articles'),
      svg('rect', { x: width - 120, y: 2, width: 10, height: 10, class: 'duplicates' }),
      svg('text', { x: width - 106, y: 11, class: 'tick' }, 'copies'));
    $('chart').replaceChildren(...nodes);
  }

  // ---- wiring -------------------------------------------------------------------------------------------------

  function reloadAll() {
    loadList();
    connectStream();
    refreshChart();
  }

  function onOpenClick(event) {
    const link = event.target.closest('a[data-open]');
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    openArticle(link.dataset.open, true);
  }

  function start() {
    showFiltersInForm();
    for (const id of ['f-country', 'f-topic', 'f-lang']) $(id).addEventListener('change', filtersChanged);
    $('f-q').addEventListener('input', debounce(filtersChanged, 300));
    $('filters').addEventListener('submit', (e) => { e.preventDefault(); filtersChanged(); });
    $('f-clear').addEventListener('click', () => {
      for (const id of ['f-country', 'f-topic', 'f-lang', 'f-q']) $(id).value = '';
      filtersChanged();
    });
    $('articles').addEventListener('click', onOpenClick);
    $('reader').addEventListener('click', onOpenClick);
    $('reader-close').addEventListener('click', () => closeArticle(true));
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && state.articleId) closeArticle(true); });
    window.addEventListener('popstate', () => {
      state.filters = readFilters();
      showFiltersInForm();
      const id = new URLSearchParams(location.search).get('article');
      if (id) openArticle(id, false); else closeArticle(false);
      reloadAll();
    });
    loadFacets();
    reloadAll();
    setInterval(refreshChart, 60 * 1000);
    const id = new URLSearchParams(location.search).get('article');
    if (id) openArticle(id, false);
  }

  document.addEventListener('DOMContentLoaded', start);
}());
