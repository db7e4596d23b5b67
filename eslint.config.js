import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Import zones: the layers in docs/architecture.md, checked on every lint.
const noElectronOrNode = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload import electron.' },
    { group: ['node:*'], message: 'shared/ and renderer/ stay free of Node built-ins; inject what you need.' },
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ stays free of React.' },
    { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only shared/.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.tsbuild/**', 'node_modules/**', 'test/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noElectronOrNode] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer talks to main only through window.api.' },
            { group: ['node:*'], message: 'The renderer has no Node.' },
            { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
            { group: ['react-i18next', 'i18next'], message: 'Use renderer/src/i18n/translator and i18n-context (a few lines instead of 44 KB of the 350 KB budget).' },
            { group: ['zod'], message: 'The renderer gets typed data from main: no validation library in its bundle.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/{sandbox,cli,keychain,state,auth,app,broker,managed,diagnostics,update}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'electron/*'], message: 'This code also runs in plain Node: no electron import.' }] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    // electron-builder loads its hooks with require(): CommonJS on purpose.
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
