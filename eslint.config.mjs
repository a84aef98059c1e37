// typescript-eslint's recommended rules, React's hooks rules, and nothing that Prettier formats.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

// The direction folders import in (README "Where things live"): each layer imports only the layers below it.
// The patterns match import specifiers, relative or aliased (`../../components/x`, `@site/src/components/x`).
const folders = (...names) => `^(\\.{1,2}/|@site/)(.*/)?(${names.join('|')})(/|$)`;
const UI = ['components', 'theme', 'pages'];
const BUILD = [
  'guides',
  'markdown-pages',
  'reference-pages',
  'plugins',
  'spec-refresh',
  'overlay',
  'site-build',
  'scripts',
];
const TOOLS = {
  regex: folders('bench', 'test', 'e2e'),
  message: 'Nothing in src/ imports the tools (bench/, test/, e2e/).',
};
const TEST_TOOLS = {
  regex: folders('bench', 'e2e'),
  message: "src/'s tests and fixtures may use test/support/, never bench/ or e2e/.",
};
const notUi = {
  regex: `${folders(...UI)}|^@theme/`,
  message: 'Only the UI imports the UI (components/, theme/, pages/).',
};
const notBuild = {
  regex: folders(...BUILD),
  message: 'Build-time code sits above the shared logic: import it the other way.',
};
const E2E = { regex: folders('e2e'), message: 'Nothing outside e2e/ imports the end-to-end suite.' };
const BENCH_USERS = "Only the search evaluation uses bench/'s measuring library; share through test/support/.";
const ABOVE_BENCH = {
  regex: '^(\\.{1,2}/)+(scripts|test/(?!support/))',
  message: 'bench/ and test/support/ sit below scripts/ and the tests: they import neither.',
};
const BENCH_SUPPORT = {
  regex: folders('bench'),
  message: 'test/support/ sits below bench/: move the shared part here.',
};
const REST_OF_TEST = { regex: '^\\.\\./[^./]', message: 'test/support/ sits below the tests beside it in test/.' };
// Flat config replaces a rule's options rather than merging them: every entry lists all of its patterns.
const restricted = (...patterns) => ['error', { patterns }];
const foundation = ['request', 'schema', 'search', 'playground', 'snippets', 'mock', 'storage'];
const boundaries = [
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/fixtures/**'],
    rules: { 'no-restricted-imports': restricted(TOOLS) },
  },
  // Tests and fixtures beside the code may use the test support (test/support/), never bench/ or e2e/.
  { files: ['src/**/*.test.ts', 'src/**/fixtures/**'], rules: { 'no-restricted-imports': restricted(TEST_TOOLS) } },
  // Build-time code (and the scripts that run it) never imports the UI.
  { files: [`src/{${BUILD.join(',')}}/**`], rules: { 'no-restricted-imports': restricted(TOOLS, notUi) } },
  // The tools import in one direction too: e2e/, test/ and scripts/ on top, then bench/ (the measuring library,
  // which the search evaluation uses too), then test/support/ (what every tool shares), then src/.
  {
    files: ['scripts/**'],
    ignores: ['scripts/search-eval.ts', 'scripts/search-eval/**'],
    rules: { 'no-restricted-imports': restricted(notUi, E2E, { regex: folders('bench'), message: BENCH_USERS }) },
  },
  {
    files: ['scripts/search-eval.ts', 'scripts/search-eval/**', 'test/**'],
    ignores: ['test/support/**'],
    rules: { 'no-restricted-imports': restricted(notUi, E2E) },
  },
  { files: ['bench/**'], rules: { 'no-restricted-imports': restricted(E2E, ABOVE_BENCH) } },
  {
    files: ['test/support/**'],
    rules: { 'no-restricted-imports': restricted(E2E, ABOVE_BENCH, BENCH_SUPPORT, REST_OF_TEST) },
  },
  {
    // The layers the browser and the build share: playground, snippets and mock are siblings that import neither
    // each other (their tests and fixtures may) nor anything above them.
    files: ['src/{playground,snippets,mock}/**'],
    ignores: ['**/*.test.ts', '**/fixtures/**'],
    rules: {
      'no-restricted-imports': restricted(TOOLS, notUi, notBuild, {
        regex: folders('snippets', 'mock', 'playground'),
        message:
          'playground/, snippets/ and mock/ are siblings: move what they share down (request/, openapi/, storage).',
      }),
    },
  },
  {
    files: ['src/{request,schema,search}/**'],
    rules: {
      'no-restricted-imports': restricted(TOOLS, notUi, notBuild, {
        regex: folders('playground', 'snippets', 'mock'),
        message: 'request/, schema/ and search/ sit below playground/, snippets/ and mock/.',
      }),
    },
  },
  {
    files: ['src/{openapi,i18n}/**', 'src/{site-layout,markdown,storage,generated-data,upstream-internals}.ts'],
    rules: {
      'no-restricted-imports': restricted(TOOLS, notUi, notBuild, {
        regex: folders(...foundation),
        message: 'openapi/, i18n/ and the top-level modules are the foundation: they import nothing above them.',
      }),
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'build/',
      '.docusaurus/',
      '.generated/',
      'docs/',
      'i18n/',
      'bench/tmp/',
      'bench/results/',
      'static/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Escaping is about control characters: the snippet escapers and their tests name them in regexes on purpose.
    files: ['src/snippets/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    rules: {
      // `_name` marks a value left out on purpose (a destructured field dropped from a copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Docusaurus loads some modules through require.resolve and CommonJS config; imports are the rule elsewhere.
      '@typescript-eslint/no-require-imports': 'error',
    },
  },
  {
    // Tests read fields of arbitrary JSON answers (`res.json.error.code`); shipped code narrows `unknown` instead.
    files: ['**/*.test.ts', 'e2e/**', 'test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // A source file a newcomer reads in one sitting: past 300 lines, split it by concern (tests may be longer).
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
  ...boundaries,
  prettier,
);
