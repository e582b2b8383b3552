module.exports = { displayName: 'ordering', preset: '../../jest.preset.js', rootDir: __dirname };
