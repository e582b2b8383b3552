// Drops the databases this run created (test files drop their own; this catches files that crashed).
module.exports = async function globalTeardown() {
  const { dropRunDatabases } = require('./test-infrastructure.ts');
  await dropRunDatabases();
};
