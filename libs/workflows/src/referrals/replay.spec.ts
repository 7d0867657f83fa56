import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';

/**
 * Replays committed histories of the triage workflow against today's code: a change that would
 * break a referral already in flight (non-determinism) fails here, not in production.
 */
describe('referral triage workflow replay', () => {
  const directory = join(__dirname, 'histories');
  const histories = readdirSync(directory).filter((file) => file.endsWith('.json'));

  beforeAll(() => {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  });

  it('has committed histories to replay', () => {
    expect(histories.length).toBeGreaterThanOrEqual(3);
  });

  it.each(histories)('replays %s deterministically', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(join(directory, file), 'utf8')));
    await expect(
      Worker.runReplayHistory({ workflowsPath: require.resolve('../workflows') }, history, `replay-${file}`),
    ).resolves.toBeUndefined();
  });
});
