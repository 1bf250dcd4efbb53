// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const firebaseClient = ['firebase', 'firebase/*', '@firebase/*'];
const serverOnly = ['firebase-admin', 'firebase-admin/*', 'firebase-functions', 'firebase-functions/*'];
const noHtmlInjection = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML from strings: render the safe tree.' },
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML from strings.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML from strings.' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'functions/lib/**', '.cache/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // core/ is pure and shared: it imports neither side, no Firebase, no UI library, no Node.
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/widget/**', '**/functions/**', '**/scripts/**', '**/tests/**'], message: 'core/ imports neither the widget nor the functions.' },
            { group: [...firebaseClient, ...serverOnly], message: 'core/ has no Firebase imports.' },
            { group: ['preact', 'preact/*', '@preact/*'], message: 'core/ has no UI imports.' },
            { group: ['node:*'], message: 'core/ runs in browsers too: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    // The widget and console run in browsers. Only widget/src/client/ touches Firebase or HTTP.
    files: ['widget/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlInjection],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/functions/**', ...serverOnly], message: 'Server code never ships to browsers.' },
            { group: firebaseClient, message: 'Only widget/src/client/ may import Firebase.' },
            { group: ['node:*'], message: 'Browser code has no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['widget/src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/functions/**', ...serverOnly], message: 'Server code never ships to browsers.' }] },
      ],
    },
  },
  {
    // Reader code never pulls in console code, so moderator code never reaches readers' bundles.
    files: ['widget/src/{app,embed,thread,composer,actions,session,i18n,identity}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/console/**', '**/client/moderator/**'], message: 'Reader bundles must not include console code.' },
            { group: ['**/client/memory/**'], message: 'The in-memory clients serve tests only.' },
            { group: ['**/functions/**', ...serverOnly, ...firebaseClient], message: 'Only widget/src/client/ may import Firebase.' },
          ],
        },
      ],
    },
  },
  {
    // The reader client ships to readers: Firebase yes, the console's client and the test twins no.
    files: ['widget/src/client/reader/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/functions/**', ...serverOnly], message: 'Server code never ships to browsers.' },
            { group: ['**/console/**', '**/client/moderator/**'], message: 'Reader bundles must not include console code.' },
            { group: ['**/client/memory/**'], message: 'The in-memory clients serve tests only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['demo/**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
