// Lint with zero warnings. Layer rules live here as well as in the per-folder tsconfigs, so a
// forbidden import fails both the typecheck and the lint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'worker_threads',
];
const nodeImports = {
  patterns: [{ group: ['node:*'], message: 'This layer must not touch Node.' }],
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'This layer must not touch Node.' })),
    { name: 'electron', message: 'This layer must not touch Electron.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "Identifier[name='ipcMain']",
          message: 'Only main/ipc/register-ipc.ts may use ipcMain.',
        },
      ],
    },
  },
  {
    files: ['main/ipc/register-ipc.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...nodeImports,
          paths: [
            ...nodeImports.paths,
            { name: 'react', message: 'main/core is pure: no React.' },
            { name: 'react-dom', message: 'main/core is pure: no React.' },
          ],
          patterns: [
            ...nodeImports.patterns,
            {
              group: [
                '../storage/*',
                '../services/*',
                '../ipc/*',
                '../web-host/*',
                '../cli/*',
                '../workers/*',
              ],
              message: 'main/core is pure: it must not import the shells.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/core/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...nodeImports,
          patterns: [
            ...nodeImports.patterns,
            {
              group: ['**/main/*', '!**/main/core', '**/main/!(core)/**'],
              message:
                'The renderer reaches main only through window.workbench (renderer/api.ts); it may import the pure main/core.',
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures declare "no dependencies" with an empty destructuring pattern.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // The contract is plain data types: its files may import each other and nothing else.
    files: ['preload/contract.ts', 'preload/contract/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./(contract/)?[\\w-]+$)',
              message: 'The contract imports only its own files.',
            },
          ],
        },
      ],
    },
  },
);
