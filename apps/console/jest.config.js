// The console's end-to-end tests (the whole platform in-process, the built console served by the gateway, Chromium driven by
// Playwright) and unit specs of its pure logic.
module.exports = {
  displayName: 'console',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testTimeout: 240000,
};
