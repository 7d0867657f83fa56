// Runs a TypeScript entry point of a server app with SWC (legacy decorators + metadata, which
// NestJS and TypeORM rely on). Usage: node tools/run-ts.cjs <file.ts> [args...]
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', 'tsconfig.runtime.json');
require('@swc-node/register');
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node tools/run-ts.cjs <file.ts> [args...]');
  process.exit(2);
}
process.argv.splice(1, 2, path.resolve(entry));
require(path.resolve(entry));
