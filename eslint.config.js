import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}', 'tests/unit/fixtures/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // Layers, as docs/ARCHITECTURE.md draws them. shared/ is pure: no app process, no DOM or
  // rendering library, nothing stateful; it is imported by everyone and imports no one.
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'three', 'zustand', '@react-three/fiber'].map((name) => ({
            name,
            message: 'src/shared is pure TypeScript: no Electron, DOM, rendering or store library.',
          })),
          patterns: [
            {
              regex: '^(\\.\\./)+(renderer|main|preload)(/|$)',
              message: 'src/shared imports nothing outside src/shared.',
            },
            { group: ['three/*', 'zustand/*', '@react-three/*'], message: 'src/shared is pure TypeScript.' },
          ],
        },
      ],
    },
  },
  // state/ (the store, its selectors and subscriptions) sits below every feature: features read
  // it, it reads none of them.
  {
    files: ['src/renderer/state/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(\\.\\./)+(about|annotations|chooser|compare|export|globe|legend|lesson|panel|platform|region|shell|theme|ui|wording)(/|$)',
              message: 'state/ is below the features: move what both need into state/ or src/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'tests/e2e/**'],
    rules: { 'no-console': 'off' },
  },
)
