// ESLint (flat config): the recommended rules for JavaScript and TypeScript everywhere; in src/, functions of at
// most 80 lines and lines of at most 120 characters. Prettier formats (.prettierrc.json); eslint-config-prettier
// turns off the rules that would argue with it.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'bench/.data/', 'bench/results/', 'bench/.baseline/', 'coverage/', '.scratch/', 'dist/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-named parameters and rest siblings are how the code says "given, not used".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // The text and corpus code looks for control characters on purpose: they are what it refuses or removes.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { '@stylistic': stylistic },
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      '@stylistic/max-len': ['error', { code: 120, ignoreUrls: true }],
    },
  },
);
