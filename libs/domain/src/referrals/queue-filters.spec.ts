import { triageQueueFilterSchema } from './queue-filters';

const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('triageQueueFilterSchema', () => {
  it('has defaults and no filters when the query string is empty', () => {
    expect(triageQueueFilterSchema.parse({})).toEqual({ status: 'awaiting-decision', includeAlerts: false });
  });

  it('takes a filter once, repeated, or comma-separated, keeping each value once', () => {
    expect(triageQueueFilterSchema.parse({ rag: 'red' }).rag).toEqual(['red']);
    expect(triageQueueFilterSchema.parse({ rag: ['red', 'amber'] }).rag).toEqual(['red', 'amber']);
    expect(triageQueueFilterSchema.parse({ rag: 'red,green' }).rag).toEqual(['red', 'green']);
    expect(triageQueueFilterSchema.parse({ rag: ['red', 'red, amber', ''] }).rag).toEqual(['red', 'amber']);
    expect(triageQueueFilterSchema.parse({ rag: '' }).rag).toBeUndefined();
    expect(triageQueueFilterSchema.parse({ source: ['police', 'school'], clockState: 'overdue' })).toEqual({
      status: 'awaiting-decision',
      source: ['police', 'school'],
      clockState: ['overdue'],
      includeAlerts: false,
    });
  });

  it('parses includeAlerts from true or false only', () => {
    expect(triageQueueFilterSchema.parse({ includeAlerts: 'true' }).includeAlerts).toBe(true);
    expect(triageQueueFilterSchema.parse({ includeAlerts: 'false' }).includeAlerts).toBe(false);
    expect(triageQueueFilterSchema.parse({ includeAlerts: true }).includeAlerts).toBe(true);
    for (const includeAlerts of ['yes', '1', 'TRUE', '']) {
      expect(messagesOf(triageQueueFilterSchema.safeParse({ includeAlerts }))).toEqual([['includeAlerts', 'includeAlerts must be true or false']]);
    }
  });

  it('explains an unknown value, pointing at it', () => {
    expect(messagesOf(triageQueueFilterSchema.safeParse({ rag: ['red', 'purple'] }))).toEqual([['rag.1', 'rag must be red, amber or green']]);
    expect(messagesOf(triageQueueFilterSchema.safeParse({ source: 'nhs' }))).toEqual([
      [
        'source.0',
        'source must be one of family-self, public, school, education-services, gp, health-visitor, school-nurse, housing, social-care, police, voluntary-sector, anonymous',
      ],
    ]);
    expect(messagesOf(triageQueueFilterSchema.safeParse({ clockState: 'late' }))).toEqual([
      ['clockState.0', 'clockState must be one of on-time, at-risk, overdue, met, met-late, paused'],
    ]);
    expect(messagesOf(triageQueueFilterSchema.safeParse({ status: 'open' }))).toEqual([['status', 'status must be awaiting-decision or decided']]);
    expect(triageQueueFilterSchema.safeParse({ page: '2' }).success).toBe(false);
  });
});
