module.exports = { displayName: 'voice-edge-sandbox', preset: '../../jest.preset.js', rootDir: __dirname };
