import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';

/**
 * The Temporal time-skipping test server, from the binary `npm test` provisions (never a download
 * at test time). TEMPORAL_TEST_SERVER_PATH is set by tools/stack; the fallback is its cache path.
 */
export async function createTimeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  const path =
    process.env.TEMPORAL_TEST_SERVER_PATH ??
    join(process.env.CHILDFIRST_CACHE_DIR ?? join(homedir(), '.cache', 'childfirst'), 'temporal-test-server-1.40.0', 'bin', 'temporal-test-server');
  if (!existsSync(path)) {
    throw new Error(
      `The Temporal test server is not at ${path}. Run "npm test" (it provisions it) or "node tools/bootstrap.mjs provision", or set TEMPORAL_TEST_SERVER_PATH.`,
    );
  }
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
}
