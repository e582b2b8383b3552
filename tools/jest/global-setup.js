// Jest global setup for every project: checks PostgreSQL and NATS answer, and makes sure a template
// database with every service's migrations exists (built once per migration set, shared by all runs).
// Runs in plain Node, so TypeScript and the @did/* aliases are registered here.
const path = require('node:path');
const fs = require('node:fs');

const root = path.resolve(__dirname, '../..');

function registerTypeScript() {
  require('ts-node').register({
    transpileOnly: true,
    project: path.join(root, 'tsconfig.json'),
    compilerOptions: { module: 'commonjs' },
  });
  const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
  require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
}

module.exports = async function globalSetup() {
  registerTypeScript();
  const { prepareTestInfrastructure } = require('./test-infrastructure.ts');
  await prepareTestInfrastructure();
};
