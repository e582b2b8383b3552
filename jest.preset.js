// Shared Jest settings: swc transforms TypeScript with decorator metadata (Nest DI and MikroORM need it),
// path aliases resolve to library sources, and every project gets the real-database global setup.
const path = require('node:path');
const { pathsToModuleNameMapper } = require('./tools/jest/paths');

module.exports = {
  testEnvironment: 'node',
  // content-disposition 3 (under @fastify/static) is ESM-only; Node 20 can require() it, Jest cannot: transform it too.
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  transform: {
    '^.+\\.(ts|js)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          keepClassNames: true,
          target: 'es2022',
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(path.join(__dirname, 'tsconfig.base.json')),
  testMatch: ['**/?(*.)+(spec|e2e-spec).ts'],
  globalSetup: path.join(__dirname, 'tools/jest/global-setup.js'),
  globalTeardown: path.join(__dirname, 'tools/jest/global-teardown.js'),
  // A fresh worker per test file: MikroORM keeps entity metadata in process-wide storage, which breaks
  // when a second file's sandbox reuses it ("Map.prototype.set called on incompatible receiver").
  maxWorkers: 2,
  workerIdleMemoryLimit: '1MB',
  // A hang guard, not a speed check: e2e worlds start up to six services, and CI runs 17 projects at once on two cores.
  testTimeout: 60000,
};
