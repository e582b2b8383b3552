import nx from '@nx/eslint-plugin';

const services = ['gateway', 'inventory', 'ordering', 'porting', 'routing', 'notifications', 'usage', 'carrier-sandbox', 'voice-edge-sandbox'];

/** Which kinds of project may import which: contracts import nothing of ours, apps never import apps. */
const layerConstraints = (testing) => [
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: ['@nestjs/*', '@mikro-orm/*', 'nats', 'pg', 'fastify'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:data', ...(testing ? ['type:testing'] : [])] },
  { sourceTag: 'type:runtime', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:data'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:data', 'type:runtime', 'type:testing'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:data', 'type:runtime', ...(testing ? ['type:testing'] : [])] },
  ...services.map((s) => ({ sourceTag: `scope:${s}`, onlyDependOnLibsWithTags: [`scope:${s}`, 'scope:shared'] })),
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
];

const boundaries = (testing) => ({
  '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints: layerConstraints(testing) }],
});

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/*.js', '**/*.mjs', '**/migrations/*.ts'] },
  {
    files: ['**/*.ts'],
    rules: {
      ...boundaries(false),
      '@typescript-eslint/no-explicit-any': 'error',
      // A shutdown hook registered before the resource it stops exists reads the variable early on purpose.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['@did/*/src/*', '**/libs/*/src/*'], message: 'Import a library only through its entry point (@did/<lib>).' }] }],
    },
  },
  {
    // Tests may use the testing library and loose typing of HTTP bodies.
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts'],
    rules: { ...boundaries(true), '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
