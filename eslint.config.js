import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layering (GUIDE.md §2) is enforced here as well as by the per-folder tsconfigs.
const noElectronOutsideShell = {
  paths: [{ name: 'electron', message: 'Only main/index.ts, main/shell/ and main/preload/ may import electron.' }],
};

export default tseslint.config(
  {
    ignores: [
      'out/',
      '.out-*/',
      '.bench/',
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'docs/examples/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ runs everywhere: no electron.' }],
          patterns: [
            { group: ['node:*'], message: 'shared/ runs in the renderer too: no node: modules.' },
            { group: ['**/main/**', '**/renderer/**', 'react', 'react-dom'], message: 'shared/ imports only shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/shell/**', 'main/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectronOutsideShell,
          patterns: [{ group: ['**/renderer/**'], message: 'main/ does not import the renderer.' }],
        },
      ],
    },
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
          paths: [{ name: 'electron', message: 'The renderer is untrusted: no electron.' }],
          patterns: [
            { group: ['node:*'], message: 'No Node in the renderer.' },
            { group: ['**/main/**'], message: 'The renderer reaches main only through bridge/tagwright-client.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/e2e/**/*.ts', 'tests/bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
