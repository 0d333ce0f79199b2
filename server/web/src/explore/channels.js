// Channels to work: instruments in force that open a lawful channel to
// work in an occupation and recognise no qualification (Japan's Specified
// Skilled Worker memoranda, Korea's EPS MOUs). They are drawn apart from
// the routes, in their own section, never with a strength badge, so that
// nobody reads them as recognition.

// renderChannels fills the section el with the channels of an answer, or
// hides it when there are none. sourceList and nodeName are the explorer's.
export function renderChannels(el, list, channels, { h, sourceList, nodeName }) {
  el.hidden = channels.length === 0;
  list.replaceChildren(...channels.map((c, i) => {
    const id = `channel-${i + 1}`;
    const occs = c.occupations.map((o) => `${nodeName(o.occupation)}${o.blocked ? ' — blocked: reserved for nationals' : ''}`);
    return h('article', { class: `channel${c.blocked ? ' blocked' : ''}`, 'aria-labelledby': `${id}-h`, id },
      h('h3', { id: `${id}-h` }, h('span', { class: 'badge channel' }, 'CHANNEL TO WORK — NOT RECOGNITION'),
        c.blocked ? h('span', { class: 'badge blocked' }, 'BLOCKED') : null, ' ', c.summary),
      h('dl', { class: 'details' },
        h('dt', {}, 'Instrument'), h('dd', {}, `${c.instrument.title}${c.instrument.status ? ` (${c.instrument.status})` : ''}`),
        h('dt', {}, 'What it gives'), h('dd', {}, 'A lawful recruitment channel; no qualification is recognised'),
        h('dt', {}, 'Occupations'), h('dd', {}, occs.join('; ')),
        h('dt', {}, 'Who decides'), h('dd', {}, c.decision)),
      c.conditions.length ? h('div', { class: 'conditions' }, h('h4', {}, 'Conditions'), h('ul', {}, c.conditions.map((x) => h('li', {}, x)))) : null,
      h('ol', { class: 'steps', 'aria-label': `Steps of channel ${i + 1}` }, c.steps.map((s) => h('li', {},
        h('p', { class: 'step-head' }, h('strong', {}, nodeName(s.from)), ' ', h('code', {}, s.relation), ' ', h('strong', {}, nodeName(s.to))),
        h('p', {}, s.explanation),
        h('div', {}, h('span', { class: 'label' }, 'Sources: '), sourceList(s.sources))))));
  }));
}
