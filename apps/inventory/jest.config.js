module.exports = { displayName: 'inventory', preset: '../../jest.preset.js', rootDir: __dirname };
