// Entry point behind tools/bootstrap.mjs: node --import tsx tools/stack/cli.ts <command> [args]
import { describeFailure } from './failures';
import { provision, provisionPlan } from './provision';
import { benchCommand, countyCommand, openapiCommand } from './script-commands';
import { startCommand } from './start';
import { stopCommand } from './stop';
import { failure, heading, since } from './terminal';
import { parseTestOptions, testCommand } from './test';

const USAGE = `usage: node tools/bootstrap.mjs <command> [args]

  start             provision, start the dev stack (.data/dev) and stay in the foreground; Ctrl-C stops it
  test              lint, typecheck and unit tests, then the stack tests against a fresh test stack
                    [--skip-unit] [--skip-stack]
  provision         install every tool the stack and the tests need (idempotent)
  stop [dev|test]   stop a stack from another terminal or clean up after a crashed one
  openapi           write the API's OpenAPI document
  county            generate a synthetic county into a database (--help for its options)
  bench             run the benchmarks and write BENCHMARKS.md [--keep] [--reuse]`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'start':
      return startCommand();
    case 'test':
      return testCommand(parseTestOptions(args));
    case 'provision': {
      const startedAt = performance.now();
      heading('Provisioning');
      await provision(provisionPlan('provision'));
      console.log(`\nprovisioned in ${since(startedAt)}`);
      return 0;
    }
    case 'stop':
      return stopCommand(args);
    case 'openapi':
      return openapiCommand(args);
    case 'bench':
      return benchCommand(args);
    case 'county':
      return countyCommand(args);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      console.error(`unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    failure(describeFailure(error));
    process.exit(1);
  },
);
