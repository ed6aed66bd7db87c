import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** What the browser may not load: Node's modules, the AWS SDK, and the server's parts of shared/. */
const serverOnly = {
  regex: String.raw`^node:|^@aws-sdk/|^@smithy/|^aws-lambda$|(^|/)shared/(?!domain/|i18n/|api/)|(^|/)shared/domain/rounds/index\.ts$|(^|/)shared/domain/municipalities/generate\.ts$`,
  message:
    'The web app and the browser-safe parts of shared/ (domain, i18n) import no server module: no node:, no AWS SDK, nothing of shared/storage, config, mail, ops, review, submission (docs/decisions/078-web-feature-modules.md).',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.local-data/', 'dist/', 'web/dist/', 'coverage/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // A cold start loads the DynamoDB client and nothing else of the SDK: the other clients are
    // imported on first use (`await import(…)`, ADR 117), and so is Powertools' metrics package
    // (functions/observability.ts). Types are free. The audit sink is the exception: its one
    // function writes to S3 on every invocation.
    files: ['functions/**/*.ts', 'shared/**/*.ts'],
    ignores: ['shared/storage/audit-sink.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^@aws-sdk/(?!client-dynamodb$|lib-dynamodb$)`,
              allowTypeImports: true,
              message:
                'Import this SDK package on first use (`await import(…)` behind a cached promise, as shared/mail/ses.ts does): a static import loads it at every cold start of every function that bundles the module (ADR 117).',
            },
            {
              regex: String.raw`^@aws-lambda-powertools/metrics$`,
              allowTypeImports: true,
              message:
                'Record metrics through functions/observability.ts (`metrics`, `MetricUnit`): it loads Powertools’ metrics package only when an invocation has metrics to publish (ADR 117).',
            },
          ],
        },
      ],
    },
  },
  {
    // The browser's code: shared/domain and shared/i18n only; the API's schemas and the
    // registry's declarations as types (erased from the bundle), never as values.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            serverOnly,
            {
              regex: String.raw`(^|/)shared/api/|(^|/)functions/`,
              allowTypeImports: true,
              message: 'The web app takes the API’s schemas and declarations as types only (app/api.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // The browser's components: the rules of hooks (and React's compiler-era checks) and the
    // accessibility rules jsx-a11y can see in the source (axe checks the rendered pages).
    files: ['web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    ...jsxA11y.flatConfigs.recommended,
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // A wide table's scrolling region (role="region", named) takes focus so the keyboard can
      // scroll it (axe: scrollable-region-focusable), as a tab panel may.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    // What the web may import stays browser-safe all the way down.
    files: ['shared/domain/**/*.ts', 'shared/i18n/**/*.ts'],
    ignores: ['shared/domain/rounds/index.ts', 'shared/domain/municipalities/generate.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [serverOnly] }],
    },
  },
);
