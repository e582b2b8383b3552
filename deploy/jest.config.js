// Renders the kustomizations with kubectl and checks what comes out: files only, so none of the
// preset's PostgreSQL and NATS setup.
const path = require('node:path');
const preset = require('../jest.preset.js');

const modules = path.join(__dirname, '..', 'node_modules');

module.exports = {
  displayName: 'deploy',
  preset: '../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
  // kubernetes-models ships ES modules only, exported under the "import" condition that Jest's CommonJS
  // resolver does not use: map its entry points to their files and let swc turn them into CommonJS.
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^kubernetes-models/(.+)$': path.join(modules, 'kubernetes-models/$1/index.js'),
    '^@kubernetes-models/(base|validate)$': path.join(modules, '@kubernetes-models/$1/dist/index.js'),
    '^@kubernetes-models/apimachinery/_schemas/(.+)$': path.join(modules, '@kubernetes-models/apimachinery/_schemas/$1.js'),
  },
  transformIgnorePatterns: ['/node_modules/(?!(kubernetes-models|@kubernetes-models|is-cidr|cidr-regex)/)'],
};
