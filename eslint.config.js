import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layering (GUIDE.md §2) is enforced here as well as by the per-folder tsconfigs.
const noElectronOutsideShell = {
  paths: [{ name: 'electron', message: 'Only main/index.ts, main/shell/ and main/preload/ may import electron.' }],
};

/**
 * The renderer's imports: never Node, Electron or main; formats only as data (format-facts.ts, export-job.ts),
 * so no exporter or importer lands in the page's bundle; suggestions as types and settings only, so
 * the NLP library (compromise) stays in main. Main is reached through commands in
 * renderer/store/*-commands.ts: only they, the bridge itself and the page's one listener to
 * main's events may import the bridge client. The store's other modules hold state and import no
 * part of the screen.
 */
function rendererImports({ mayCallMain, mayImportViews }) {
  const patterns = [
    { group: ['node:*'], message: 'No Node in the renderer.' },
    { group: ['**/main/**'], message: 'The renderer reaches main only through renderer/store/*-commands.ts.' },
    {
      regex: 'shared/formats/(?!format-facts$|export-job$)',
      message:
        'The renderer reads formats as data (shared/formats/format-facts.ts, export-job.ts), never an exporter or importer.',
    },
    {
      regex: '^compromise|shared/suggest/(?!suggestion$|suggestion-settings$|entity-kinds$)',
      message: 'Suggestions are computed in main (getSuggestions): the renderer reads their types and settings only.',
    },
  ];
  if (!mayCallMain) {
    patterns.push({
      regex: '/bridge/(tagwright-client|http-bridge|event-socket-connection)$',
      message: 'Main is reached through a command in renderer/store/*-commands.ts; only those import the bridge.',
    });
  }
  if (!mayImportViews) {
    patterns.push({
      regex: '^\\.\\./(?!bridge/)[^.]',
      message: 'A store module holds state: it imports the bridge, shared/ and the store, never a part of the screen.',
    });
  }
  return {
    'no-restricted-imports': [
      'error',
      { paths: [{ name: 'electron', message: 'The renderer is untrusted: no electron.' }], patterns },
    ],
  };
}

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
    // A function a reader can hold in mind at once (issue "One owner, one change"); tests may read longer.
    files: ['main/**/*.{ts,mjs}', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // Imports and exports handle corpora of a million lines: push(...list) passes every item as an
    // argument and overflows the stack past about 120,000 of them (issue 12, point 8).
    files: [
      'shared/formats/**/*.ts',
      'main/io/**/*.ts',
      'main/service/corpus-*.ts',
      'main/service/import-*.ts',
      'main/service/project-model.ts',
      'main/service/project-service.ts',
      'renderer/store/project-commands.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement',
          message:
            'A list may hold 150,000 items: add them one by one (for … of), or build a new array with [...a, ...b].',
        },
      ],
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
      ...rendererImports({ mayCallMain: false, mayImportViews: true }),
    },
  },
  { files: ['renderer/store/**/*.ts'], rules: rendererImports({ mayCallMain: false, mayImportViews: false }) },
  { files: ['renderer/store/*-commands.ts'], rules: rendererImports({ mayCallMain: true, mayImportViews: false }) },
  {
    files: ['renderer/bridge/**/*.ts', 'renderer/app/use-main-events.ts'],
    rules: rendererImports({ mayCallMain: true, mayImportViews: true }),
  },
  {
    files: ['tests/e2e/**/*.ts', 'tests/bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
