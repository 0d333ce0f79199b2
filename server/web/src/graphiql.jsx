// GraphiQL, bundled from the pinned npm packages so that the page works with
// no network beyond this server. The page passes its settings in a JSON
// <script id="config"> element: the GraphQL endpoint and the example query.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

const config = JSON.parse(document.getElementById('config').textContent);
const params = new URLSearchParams(location.search);
const fetcher = createGraphiQLFetcher({ url: new URL(config.endpoint, location.href).href });

// The URL keeps the query being edited, so that a view can be shared.
function keepInURL(tabState) {
  const tab = tabState.tabs[tabState.activeTabIndex];
  if (!tab) return;
  const p = new URLSearchParams(location.search);
  p.set('query', tab.query || '');
  if (tab.variables) p.set('variables', tab.variables); else p.delete('variables');
  history.replaceState(null, '', '?' + p.toString());
}

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={config.exampleQuery}
    query={params.get('query') ?? undefined}
    variables={params.get('variables') ?? undefined}
    onTabChange={keepInURL}
  />,
);
