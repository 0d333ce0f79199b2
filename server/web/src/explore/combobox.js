// An accessible autocomplete (the WAI-ARIA combobox pattern with a listbox
// popup): type to search, Down/Up to move, Enter to choose, Escape to close.
import { h } from './api.js';

/**
 * combobox wires input and list. search(text) resolves to options
 * { id, label, detail }; onChoose(option) is called with the chosen one.
 */
export function combobox(input, list, search, onChoose) {
  let options = [];
  let active = -1;
  let pending = 0;
  let timer;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const choose = (i) => {
    const o = options[i];
    if (!o) return;
    input.value = o.label;
    close();
    onChoose(o);
  };

  const show = (opts) => {
    options = opts;
    list.replaceChildren(...opts.map((o, i) => h('li', {
      id: `${list.id}-${i}`, role: 'option', 'aria-selected': 'false',
      onmousedown: (e) => { e.preventDefault(); choose(i); },
    }, h('span', { class: 'opt-label' }, o.label), ' ', h('span', { class: 'opt-detail' }, o.detail))));
    if (!opts.length) {
      list.replaceChildren(h('li', { class: 'none', role: 'option', 'aria-disabled': 'true', id: `${list.id}-none` }, 'Nothing matches'));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) { close(); return; }
    timer = setTimeout(async () => {
      const mine = ++pending;
      try {
        const opts = await search(text);
        if (mine === pending && document.activeElement === input) show(opts);
      } catch {
        if (mine === pending) close();
      }
    }, 150);
  });

  input.addEventListener('keydown', (e) => {
    const open = !list.hidden && options.length > 0;
    switch (e.key) {
      case 'ArrowDown':
        if (open) { e.preventDefault(); highlight((active + 1) % options.length); }
        break;
      case 'ArrowUp':
        if (open) { e.preventDefault(); highlight(active <= 0 ? options.length - 1 : active - 1); }
        break;
      case 'Enter':
        if (open && active >= 0) { e.preventDefault(); choose(active); }
        break;
      case 'Escape':
        if (!list.hidden) { e.preventDefault(); close(); }
        break;
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
