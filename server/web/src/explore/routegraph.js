// Draws one route as a small graph: its nodes top to bottom in the order
// the steps reach them, each step an arrow labelled with its relationship.
// The picture is for sight; the step list beside it says the same in words,
// so the SVG is one labelled image for screen readers.

const SVG = 'http://www.w3.org/2000/svg';
const BOX_W = 300;
const BOX_H = 44;
const GAP = 46;
const LEFT = 8;
const WIDTH = 560;

function el(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

// clip shortens a label to fit a box.
function clip(s, n) {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/**
 * routeGraph returns an <svg> of the steps ({ from, to, relation,
 * confidence }), naming nodes with name(node), titled by label.
 */
export function routeGraph(steps, name, label, id) {
  const order = [];
  const at = new Map();
  const place = (n) => {
    if (!at.has(n.id)) { at.set(n.id, order.length); order.push(n); }
  };
  for (const s of steps) { place(s.from); place(s.to); }

  const height = order.length * (BOX_H + GAP) - GAP + 16;
  const svg = el('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img',
    'aria-labelledby': `${id}-title`, class: 'route-graph',
  });
  svg.append(el('title', { id: `${id}-title` }, label));
  const defs = el('defs');
  const marker = el('marker', { id: `${id}-arrow`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(el('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' }));
  defs.append(marker);
  svg.append(defs);

  const top = (i) => 8 + i * (BOX_H + GAP);
  steps.forEach((s, k) => {
    const a = at.get(s.from.id);
    const b = at.get(s.to.id);
    const cls = `edge${s.confidence === 'UNVERIFIED' ? ' unverified' : ''}`;
    const g = el('g', { class: cls });
    if (Math.abs(b - a) === 1) {
      const x = LEFT + 40 + (k % 2) * 8;
      const [y1, y2] = b > a ? [top(a) + BOX_H, top(b)] : [top(a), top(b) + BOX_H];
      g.append(el('line', { x1: x, y1, x2: x, y2, 'marker-end': `url(#${id}-arrow)` }));
      g.append(el('text', { x: x + 10, y: (y1 + y2) / 2 + 4, class: 'edge-label' }, s.relation));
    } else {
      // Not adjacent (or a loop): a curve to the right of the boxes.
      const x = LEFT + BOX_W;
      const y1 = top(a) + BOX_H / 2;
      const y2 = top(b) + BOX_H / 2;
      const bend = x + 40 + 12 * Math.abs(b - a);
      g.append(el('path', { d: `M ${x} ${y1} C ${bend} ${y1}, ${bend} ${y2}, ${x} ${y2}`, fill: 'none', 'marker-end': `url(#${id}-arrow)` }));
      // The label sits by the arrowhead, so that a fan of curves stays readable.
      g.append(el('text', { x: x + 12, y: y2 + (b > a ? -8 : 18), class: 'edge-label' }, s.relation));
    }
    svg.append(g);
  });

  order.forEach((n, i) => {
    const g = el('g', { class: `node kind-${n.__typename}` });
    g.append(el('rect', { x: LEFT, y: top(i), width: BOX_W, height: BOX_H, rx: 6 }));
    g.append(el('text', { x: LEFT + 10, y: top(i) + 17, class: 'node-kind' }, n.__typename));
    g.append(el('text', { x: LEFT + 10, y: top(i) + 35, class: 'node-name' }, clip(name(n), 38)));
    const full = el('title', {}, `${n.__typename}: ${name(n)} (${n.id})`);
    g.append(full);
    svg.append(g);
  });
  return svg;
}
