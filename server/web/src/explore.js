// The recognition explorer: choose two countries and what a person holds,
// see every route by which it is recognised, drawn and explained, with the
// level ladder through the AQRF. The state lives in the URL
// (?from=PH&to=SG&qualification=...), so a view can be shared and cited.
import { gql, h } from './explore/api.js';
import { COUNTRIES, SEARCH, SUBJECT, ROUTES, HELD_LEVELS, LADDER } from './explore/queries.js';
import { combobox } from './explore/combobox.js';
import { routeGraph } from './explore/routegraph.js';
import { renderLadder } from './explore/ladder.js';
import { renderChannels } from './explore/channels.js';

const $ = (id) => document.getElementById(id);
const state = { from: '', to: '', subject: null }; // subject: { id, __typename, label }
let dataVersion = null;

export function nodeName(n) {
  if (!n) return '';
  switch (n.__typename) {
    case 'FrameworkLevel': return `${n.framework?.code} level ${n.level}${n.levelTitle || n.title ? ` (${n.levelTitle || n.title})` : ''}`;
    case 'QualificationFramework': return `${n.code} — ${n.name}`;
    case 'Occupation': return `${n.title} (ISCO ${n.iscoCode})`;
    default: return n.name || n.title || n.label || n.id;
  }
}

const STRENGTH = {
  FORMAL: 'Formal recognition',
  CONDITIONAL: 'Conditional recognition',
  ALIGNED: 'Aligned standards',
  COMPARABLE: 'Comparable levels (comparability, not recognition)',
};

// routeDetails lists what is said about a route under its heading: one
// line per field, so that a field the API adds is one more line here.
const routeDetails = [
  ['How strong', (p) => STRENGTH[p.strength] || p.strength],
  ['Instrument', (p) => p.instrument && `${p.instrument.title}${p.instrument.status ? ` (${p.instrument.status})` : ''}`],
  ['Blocked', (p) => (p.blocked ? 'Yes: a destination rule closes this route' : 'No')],
];

function sourceList(sources) {
  if (!sources.length) return h('span', { class: 'muted' }, 'no source listed');
  return h('ul', { class: 'sources' }, sources.map((s) => h('li', {},
    s.url ? h('a', { href: s.url, rel: 'noopener noreferrer' }, s.title) : s.title,
    [s.publisher, s.year].filter(Boolean).length ? ` — ${[s.publisher, s.year].filter(Boolean).join(', ')}` : '')));
}

function renderRoute(p, i) {
  const id = `route-${i + 1}`;
  const label = `Route ${i + 1}: ${p.summary}`;
  const dl = h('dl', { class: 'details' }, routeDetails.flatMap(([term, value]) => {
    const v = value(p);
    return v ? [h('dt', {}, term), h('dd', {}, v)] : [];
  }));
  const conditions = p.conditions.length
    ? h('div', { class: 'conditions' }, h('h4', {}, 'Conditions'), h('ul', {}, p.conditions.map((c) => h('li', {}, c))))
    : null;
  const steps = h('ol', { class: 'steps', 'aria-label': `Steps of route ${i + 1}` }, p.steps.map((s) => h('li', {},
    h('p', { class: 'step-head' }, h('strong', {}, nodeName(s.from)), ' ', h('code', {}, s.relation), ' ', h('strong', {}, nodeName(s.to))),
    h('p', {}, s.explanation),
    h('p', { class: `confidence ${s.confidence.toLowerCase()}` }, `Confidence: ${s.confidence.toLowerCase()}`),
    h('div', {}, h('span', { class: 'label' }, 'Sources: '), sourceList(s.sources)))));
  return h('article', { class: `route strength-${p.strength.toLowerCase()}${p.blocked ? ' blocked' : ''}`, 'aria-labelledby': `${id}-h`, id },
    h('h3', { id: `${id}-h` }, h('span', { class: 'badge' }, p.strength), p.blocked ? h('span', { class: 'badge blocked' }, 'BLOCKED') : null, ' ', p.summary),
    dl, conditions,
    h('div', { class: 'route-body' }, h('figure', {}, routeGraph(p.steps, nodeName, label, id), h('figcaption', {}, 'Each box is a node of the graph, each arrow a relationship.')), steps));
}

function setStatus(text, isError) {
  $('status').replaceChildren(text ? h('p', { class: isError ? 'error' : '' }, text) : '');
}

function readURL() {
  const p = new URLSearchParams(location.search);
  const id = p.get('qualification') || p.get('occupation');
  return { from: (p.get('from') || '').toUpperCase(), to: (p.get('to') || '').toUpperCase(), id, kind: p.get('qualification') ? 'Qualification' : 'Occupation' };
}

function writeURL(push) {
  const p = new URLSearchParams();
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.subject) p.set(state.subject.__typename === 'Qualification' ? 'qualification' : 'occupation', state.subject.id);
  const url = `${location.pathname}?${p}`;
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
}

function renderCitation() {
  if (!dataVersion) return;
  const cite = `skillsgraph dataset ${dataVersion.version} (${dataVersion.date})`;
  $('data-version').replaceChildren(h('span', {}, cite), '. Cite this view as: ', h('cite', {}, `${cite}, ${location.href}`));
  const q = new URLSearchParams(location.search);
  const formats = [['GraphML', 'graphml'], ['JSON-LD', 'jsonld'], ['CSV (zip)', 'csv.zip']];
  const links = (href) => formats.map(([n, ext], i) => [i ? ', ' : '', h('a', { href: href(ext) }, n)]);
  // replaceChildren takes nodes and strings only (an array would be
  // stringified): the nested lists are flattened first, as h() does.
  $('downloads').replaceChildren(...['Download ',
    state.subject && state.from && state.to ? ['these routes as ', links((ext) => `/export/recognition.${ext}?${q}`), '; '] : [],
    'the whole graph as ', links((ext) => `/export/graph.${ext}`), '.'].flat(Infinity));
}

async function show() {
  renderCitation();
  const list = $('route-list');
  if (!state.from || !state.to || !state.subject) {
    list.replaceChildren();
    $('channels').hidden = true;
    setStatus('Choose two countries and a qualification or an occupation.');
    return;
  }
  setStatus('Looking for routes…');
  const vars = { from: state.from, to: state.to };
  vars[state.subject.__typename === 'Qualification' ? 'qualification' : 'occupation'] = state.subject.id;
  try {
    const { data } = await gql(ROUTES, vars);
    const r = data.recognitionPaths;
    const n = r.paths.length;
    // Comparability alone is no recognition: the line that counts the
    // routes says so before anything else.
    const onlyComparable = r.strongest === 'COMPARABLE' ? ' The open routes are comparability only, which is not recognition.' : '';
    setStatus(`${n} route${n === 1 ? '' : 's'} for ${state.subject.label} from ${state.from} to ${state.to}.${onlyComparable}${r.reason ? ` ${r.reason}` : ''}${n ? '' : ` (${r.outcome.replace('_', ' ').toLowerCase()})`}`);
    list.replaceChildren(...r.paths.map(renderRoute));
    renderChannels($('channels'), $('channel-list'), r.channels, { h, sourceList, nodeName });
  } catch (e) {
    list.replaceChildren();
    $('channels').hidden = true;
    setStatus(`The API refused the question: ${e.message}`, true);
  }
  renderLadder($('ladder-body'), state, { gql, h, HELD_LEVELS, LADDER, nodeName });
}

function fillCountries(countries) {
  for (const sel of [$('from'), $('to')]) {
    const asean = countries.filter((c) => c.aseanMember);
    const others = countries.filter((c) => !c.aseanMember);
    sel.replaceChildren(h('option', { value: '' }, 'Choose…'),
      h('optgroup', { label: 'ASEAN Member States' }, asean.map((c) => h('option', { value: c.code }, `${c.name} (${c.code})`))),
      others.length ? h('optgroup', { label: 'Other countries' }, others.map((c) => h('option', { value: c.code }, `${c.name} (${c.code})`))) : null);
  }
}

async function loadFromURL() {
  const u = readURL();
  state.from = u.from;
  state.to = u.to;
  $('from').value = u.from;
  $('to').value = u.to;
  state.subject = null;
  if (u.id) {
    try {
      const { data } = await gql(SUBJECT, { id: u.id });
      if (data.node) state.subject = { id: data.node.id, __typename: data.node.__typename, label: nodeName(data.node) };
    } catch { /* an unknown ID: shown as no subject */ }
  }
  $('subject').value = state.subject ? state.subject.label : '';
  $('subject-chosen').textContent = state.subject ? `Chosen: ${state.subject.__typename.toLowerCase()} ${state.subject.label}` : '';
  await show();
}

async function main() {
  const { data } = await gql(COUNTRIES);
  dataVersion = data.dataVersion;
  fillCountries(data.countries);
  combobox($('subject'), $('subject-options'), async (text) => {
    const res = await gql(SEARCH, { text });
    // What a person holds comes from the origin: its qualifications first,
    // then occupations, then other countries' qualifications, each group in
    // the order search ranked them.
    const from = $('from').value;
    const group = (n) => (n.__typename !== 'Qualification' ? 1 : n.country && n.country.code === from ? 0 : 2);
    return res.data.search
      .map((n, i) => ({ n, i }))
      .sort((a, b) => group(a.n) - group(b.n) || a.i - b.i)
      .map(({ n }) => ({ ...n, label: nodeName(n), detail: n.__typename === 'Qualification' ? `qualification${n.country ? `, ${n.country.code}` : ''}` : 'occupation' }));
  }, (o) => {
    state.subject = { id: o.id, __typename: o.__typename, label: o.label };
    $('subject-chosen').textContent = `Chosen: ${o.__typename.toLowerCase()} ${o.label}`;
  });
  $('ask').addEventListener('submit', (e) => {
    e.preventDefault();
    state.from = $('from').value;
    state.to = $('to').value;
    if (!state.subject) {
      setStatus('Pick a qualification or an occupation from the list (type two letters or more).', true);
      $('subject').focus();
      return;
    }
    writeURL(true);
    show().then(() => $('routes').focus());
  });
  window.addEventListener('popstate', loadFromURL);
  await loadFromURL();
}

main().catch((e) => setStatus(`The explorer could not start: ${e.message}`, true));
