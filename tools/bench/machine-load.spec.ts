import { cpuShares, parseProcessTicks, parseProcStat, sampleCpu } from './machine-load';

describe('machine load', () => {
  it('reads the busy and total time of every core from /proc/stat', () => {
    const text = 'cpu  116376 353 26177 800113 752 0 547 284 0 0\ncpu0 57330 233 12660 401592 199 0 86 151 0 0\n';
    expect(parseProcStat(text)).toEqual({ busy: 116376 + 353 + 26177 + 547 + 284, total: 116376 + 353 + 26177 + 547 + 284 + 800113 + 752 });
  });

  it('reads a process’s own CPU time and its waited-for children’s, whatever its name holds', () => {
    const stat = '21130 (a (b) c) S 21127 21127 5917 0 -1 4194304 120 0 0 0 11 22 33 44 20 0 1 0 473179';
    expect(parseProcessTicks(stat)).toBe(11 + 22 + 33 + 44);
  });

  it('splits the busy time between this run and other work', () => {
    const shares = cpuShares({ total: 1000, busy: 100, ours: 50 }, { total: 2000, busy: 900, ours: 350 });
    expect(shares).toEqual({ busy: 0.8, ours: 0.3, others: 0.5 });
  });

  it('samples this machine on Linux', () => {
    const sample = sampleCpu();
    if (process.platform !== 'linux') return expect(sample).toBeUndefined();
    expect(sample?.total).toBeGreaterThan(0);
    expect(sample?.ours).toBeGreaterThan(0);
  });
});
