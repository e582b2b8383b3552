module.exports = { displayName: 'carrier-sandbox', preset: '../../jest.preset.js', rootDir: __dirname };
