import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'server/dist',
      'storybook-static',
      'data',
      'custom-elements.json',
      // The example apps' builds and Angular's cache; their sources are linted.
      'examples/*/dist',
      'examples/*/.angular',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/data/**/*.ts'],
    ignores: ['src/data/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'src/data knows nothing of the page.' },
        { name: 'window', message: 'src/data knows nothing of the page.' },
        { name: 'location', message: 'src/data knows nothing of the page.' },
        { name: 'localStorage', message: 'Pass storage in; src/data knows nothing of the page.' },
        {
          name: 'DOMParser',
          message: 'Take a DOMParser as a parameter so the server can pass one.',
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['lit', 'lit/*', '@lit/*', '../internal/*', '../components/*'] },
      ],
    },
  },
);
