module.exports = { displayName: 'porting', preset: '../../jest.preset.js', rootDir: __dirname };
