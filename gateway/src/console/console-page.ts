/** What each demo role acts as, for the picker's labels. */
const ROLE_LABELS: Record<string, string> = {
  DISTRICT: '区 district office',
  STREET: '街道 street office',
  COMMUNITY: '社区 community worker',
  PARTY_BRANCH: '小区党支部 party branch',
  PROPERTY_COMPANY: '物业企业 property company',
  OWNERS_COMMITTEE: '业主委员会 owners\' committee',
  JOINT_UNIT: '共驻共建单位 joint-building unit',
  RESIDENT: '居民 resident',
};

export const DEFAULT_CONSOLE_QUERY = `# Pick a role above, then run this (Ctrl-Enter). The docs (book icon) describe every type and field.
query DistrictMap {
  districts(first: 5) {
    nodes {
      name
      streets {
        name
        communities { name neighborhoods { name kind } }
      }
    }
  }
}
`;

/**
 * The schema for the docs, asked for within the gateway's depth limit (which applies to introspection too):
 * GraphiQL's own introspection nests `ofType` deeper than any type of this schema needs, and would be refused.
 */
export const CONSOLE_INTROSPECTION = `query ConsoleIntrospection {
  __schema {
    description queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL
  fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

/**
 * The console's browser code: a role picker above GraphiQL. Every request, the schema's introspection included,
 * carries the picked role's token; headers typed into GraphiQL's editor are added on top.
 */
const CONSOLE_SCRIPT = `
const labels = ${JSON.stringify(ROLE_LABELS)};
const picker = document.getElementById('role');
const state = { token: null };
async function loadTokens() {
  const response = await fetch('/console/tokens.json');
  const tokens = await response.json();
  picker.innerHTML = '';
  if (tokens.length === 0) {
    picker.append(new Option('no demo tokens: run npm start (it writes .data/demo-tokens.json)', ''));
    return;
  }
  for (const { role, token } of tokens) picker.append(new Option(role + ' — ' + (labels[role] || role), token));
  const saved = localStorage.getItem('console.role');
  const index = [...picker.options].findIndex((option) => option.text.startsWith(saved + ' '));
  picker.selectedIndex = index >= 0 ? index : 0;
  picker.dataset.ready = 'true';
  state.token = picker.value;
}
picker.addEventListener('change', () => { state.token = picker.value; localStorage.setItem('console.role', picker.options[picker.selectedIndex].text.split(' ')[0]); });
async function fetcher(params, options) {
  const headers = { 'content-type': 'application/json', ...((options && options.headers) || {}) };
  if (state.token) headers.authorization = 'Bearer ' + state.token;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
  return response.json();
}
async function loadSchema() {
  const result = await fetcher({ query: ${JSON.stringify(CONSOLE_INTROSPECTION)}, operationName: 'ConsoleIntrospection' });
  return result && result.data && result.data.__schema ? result.data : undefined;
}
loadTokens().then(loadSchema).catch(() => undefined).then((schema) => {
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher, schema, defaultQuery: ${JSON.stringify(DEFAULT_CONSOLE_QUERY)}, defaultEditorToolsVisibility: false }));
});
`;

/** The console page: GraphiQL and React from node_modules, served by the gateway itself (no CDN). */
export function consolePage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>Console · neighborhood co-governance graph</title>
<link rel="stylesheet" href="/console/assets/graphiql.min.css">
<style>
@font-face { font-family: "Noto Sans SC"; src: url("/notices/assets/noto-sans-sc.woff2") format("woff2"); font-weight: 400; }
.graphiql-container, .CodeMirror-info, .CodeMirror-lint-tooltip, reach-portal {
  --font-family: "Roboto", system-ui, "Noto Sans SC", sans-serif;
  --font-family-mono: "Fira Code", "DejaVu Sans Mono", monospace, "Noto Sans SC";
}
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, "Noto Sans SC", sans-serif; }
header { display: flex; gap: 12px; align-items: center; padding: 6px 12px; background: #1b3a5c; color: #fff; font-size: 14px; font-family: "Noto Sans SC", system-ui, sans-serif; }
header select { font-size: 14px; padding: 2px 4px; max-width: 60vw; font-family: inherit; }
header .hint { opacity: 0.8; }
#graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<header>
<strong>小区共治 graph console</strong>
<label>Role (demo token): <select id="role"><option>loading…</option></select></label>
<span class="hint">Development only; tokens from <code>npm start</code>.</span>
</header>
<div id="graphiql"></div>
<script src="/console/assets/react.production.min.js"></script>
<script src="/console/assets/react-dom.production.min.js"></script>
<script src="/console/assets/graphiql.min.js"></script>
<script>${CONSOLE_SCRIPT}</script>
</body>
</html>
`;
}
