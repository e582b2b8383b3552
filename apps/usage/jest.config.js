module.exports = { displayName: 'usage', preset: '../../jest.preset.js', rootDir: __dirname };
