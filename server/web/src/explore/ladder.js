// The level ladder: for what is held, its level, the AQRF level that level
// is referenced to, and the destination's levels referenced to that one.

export async function renderLadder(box, state, { gql, h, HELD_LEVELS, LADDER, nodeName }) {
  const isQ = state.subject.__typename === 'Qualification';
  let held = [];
  try {
    const { data } = await gql(HELD_LEVELS, { id: state.subject.id, isQualification: isQ, occupation: isQ ? null : state.subject.id, from: state.from });
    held = isQ ? [data.node].filter((q) => q && q.level) : data.qualifications.edges.map((e) => e.node).filter((q) => q.level);
  } catch (e) {
    box.replaceChildren(h('p', { class: 'error' }, `No ladder: ${e.message}`));
    return;
  }
  if (!held.length) {
    box.replaceChildren(h('p', {}, `No level is recorded for ${isQ ? 'this qualification' : `qualifications for this occupation in ${state.from}`}.`));
    return;
  }
  const parts = [];
  for (const q of held.slice(0, 3)) {
    const lv = q.level;
    let rungs = [];
    try {
      const { data } = await gql(LADDER, { framework: lv.framework.code, level: lv.level, to: state.to });
      rungs = data.levelComparisons;
    } catch { /* shown as none */ }
    const levelName = (l) => nodeName({ ...l, __typename: 'FrameworkLevel' });
    parts.push(h('section', { class: 'ladder', 'aria-label': `Levels of ${q.title}` },
      h('h3', {}, q.title),
      h('ol', { class: 'rungs' },
        h('li', { class: 'rung held' }, h('span', { class: 'label' }, 'Held: '), levelName(lv)),
        rungs.length
          ? rungs.map((r) => h('li', { class: 'rung' },
            r.via ? [h('span', { class: 'label' }, 'Through: '), `AQRF level ${r.via.level}`, r.fromFit ? ` (fit: ${r.fromFit})` : '', h('br'), '→ '] : '',
            h('span', { class: 'label' }, `In ${state.to}: `), levelName(r.level), r.toFit ? ` (fit: ${r.toFit})` : '',
            r.confidence === 'VERIFIED' ? '' : h('span', { class: 'confidence unverified' }, ' — unverified: the references on the way are not checked against the referencing reports')))
          : h('li', { class: 'rung none' }, `No level in ${state.to} is referenced to the same AQRF level.`))));
  }
  box.replaceChildren(...parts, h('p', { class: 'help' }, 'Same level is comparability, not recognition: the routes say which instrument grants recognition.'));
}
