// The house rules a machine can check (issue #20), run by `npm run lint` and by `npm test` after the typecheck, before jest.
import { readdirSync } from 'node:fs';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Every folder under subgraphs/ but the platform is a subgraph, so a new one is fenced in without editing this file. */
const SUBGRAPHS = readdirSync(new URL('./subgraphs/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'platform')
  .map((entry) => entry.name);

/** What a subgraph is made of: a path that reaches another subgraph's folder reaches one of these. */
const subgraphCode = (name) => [`**/${name}/src/**`, `**/${name}/seeders/**`, `**/${name}/migrations/**`, `**/subgraphs/${name}/**`];

/**
 * Import boundaries. Imports are relative paths, so a pattern names a folder wherever it is reached from; no folder
 * inside a subgraph or the platform is named after another subgraph or `infra`, so the patterns cannot catch a
 * file's own folder.
 */
const boundaries = [
  // A subgraph is deployed, migrated and reasoned about alone: it knows another subgraph only through the
  // supergraph (key-only stubs of its entities), never by importing its code. Shared code belongs in the platform.
  ...SUBGRAPHS.map((name) => ({
    files: [`subgraphs/${name}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: SUBGRAPHS.filter((other) => other !== name).map((other) => ({
          group: subgraphCode(other),
          message: `The ${name} subgraph never imports the ${other} subgraph: reach it through the graph (a key-only stub), or move what both need into subgraphs/platform/.`,
        })),
      }],
    },
  })),
  // The platform is what every subgraph is built on, so it depends on none of them (nor on the catalog that lists
  // them) and not on infra/ (demo planning, processes, deployment), which is built on top of it. What the platform
  // needs from those it declares as an interface they implement (e.g. SubgraphModule.seedDemo).
  {
    files: ['subgraphs/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: SUBGRAPHS.flatMap(subgraphCode), message: 'The platform never imports a subgraph: declare the interface it needs and let the subgraph implement it.' },
          { group: ['**/catalog.js'], message: 'The platform never imports the catalog of subgraphs: take the modules as a parameter.' },
          { group: ['**/infra/**'], message: 'The platform never imports infra/: declare the interface it needs (as SubgraphModule.seedDemo does) and let infra/ implement it.' },
          { group: ['**/gateway/**'], message: 'The platform never imports the gateway: the gateway is built on the platform, not the other way round.' },
        ],
      }],
    },
  },
];

/**
 * Access decisions live in access files. A resolver or service that tests the caller's role itself is how a check on
 * the role alone, without the place, slips in (updatePropertyCompany, issue #20): it asks a policy function instead.
 */
const ACCESS_FILES = ['**/access/**', '**/*.access.ts', '**/*-access.ts', '**/*-policy.ts', '**/*.policy.ts'];
const callerRole = {
  files: ['subgraphs/**/*.ts', 'gateway/**/*.ts'],
  ignores: ACCESS_FILES,
  rules: {
    'no-restricted-syntax': ['error',
      {
        // Recording who acted (`actorRole: caller.role` in a row written) is not a decision and is allowed.
        selector: "MemberExpression[property.name='role'][object.name='caller']:not(Property > MemberExpression.value)",
        message: "Who may do what is decided in an access file (**/access/**, <feature>.access.ts, <subgraph>-policy.ts): call a policy function there instead of reading caller.role here.",
      },
      {
        selector: "MemberExpression[property.name='role'][object.property.name='caller']:not(Property > MemberExpression.value)",
        message: "Who may do what is decided in an access file (**/access/**, <feature>.access.ts, <subgraph>-policy.ts): call a policy function there instead of reading ctx.caller.role here.",
      },
    ],
  },
};

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'schema/**', 'coverage/**'] },
  // typescript-eslint's recommended rules (syntax only, no type information: fast, and the typecheck runs anyway).
  { files: ['**/*.ts'], extends: [tseslint.configs.recommended] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // One file per role of code: a long file is usually several roles. A file that is long for a reason (one
      // table of data, one workflow that reads best whole) says so at its top: /* eslint-disable max-lines -- why */.
      'max-lines': ['error', { max: 200, skipBlankLines: true, skipComments: true }],
      // A leading underscore marks a parameter or binding kept on purpose (an Express error handler's `_next`, a
      // field dropped by destructuring before the rest is returned).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  ...boundaries,
  callerRole,
);
