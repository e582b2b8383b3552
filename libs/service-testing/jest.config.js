// No tests of its own (its code is exercised by the projects that use it): nothing to run is not a failure here.
module.exports = {
  displayName: 'service-testing',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  passWithNoTests: true,
};
