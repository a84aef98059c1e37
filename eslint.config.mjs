// typescript-eslint's recommended rules, React's hooks rules, and nothing that Prettier formats.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

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
  prettier,
);
