// A require hook for TypeScript sources in child processes that tests start and SIGKILL: swc with the
// Jest preset's options, plus a disk cache of the output, so every restart after the first loads in
// about a second (ts-node transpiles every file again on each start: 3-25 s on a busy 2-core machine).
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const CACHE_DIR = path.join(os.tmpdir(), 'did-swc-register-cache');
fs.mkdirSync(CACHE_DIR, { recursive: true });

const OPTIONS = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
const OPTIONS_HASH = crypto.createHash('sha256').update(JSON.stringify(OPTIONS)).digest('hex').slice(0, 8);

function compiled(filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha256').update(OPTIONS_HASH).update(filename).update(source).digest('hex');
  const cached = path.join(CACHE_DIR, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    const { code } = transformSync(source, { ...OPTIONS, filename });
    // Written aside then renamed: a process killed mid-write never leaves a truncated entry.
    const temp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(temp, code);
    fs.renameSync(temp, cached);
    return code;
  }
}

require.extensions['.ts'] = (module, filename) => {
  module._compile(compiled(filename), filename);
};
