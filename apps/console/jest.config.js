// The console's end-to-end test: the whole platform in-process, the built console served by the gateway, Chromium driven by Playwright.
module.exports = {
  displayName: 'console',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
  testTimeout: 240000,
};
