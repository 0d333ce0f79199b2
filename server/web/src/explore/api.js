// The explorer talks to the API like any client: POST /graphql with a query
// and variables. Copy this file to start your own client.

const config = JSON.parse(document.getElementById('config').textContent);

/** Runs a GraphQL query; resolves to { data, extensions }, or throws an
 *  Error whose message is the API's (with its extensions.code). */
export async function gql(query, variables = {}) {
  const res = await fetch(config.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`the API answered ${res.status} with no JSON`);
  }
  if (body.errors && body.errors.length) {
    const e = body.errors[0];
    const err = new Error(e.message + (e.extensions?.code ? ` (${e.extensions.code})` : ''));
    err.code = e.extensions?.code;
    throw err;
  }
  return body;
}

/** h builds an element: h('a', { href: '#' }, 'text', child...). Text is
 *  always text (never parsed as HTML). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}
