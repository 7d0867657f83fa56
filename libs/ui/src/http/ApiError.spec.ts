import { problemFromBody } from './ApiError';

describe('problemFromBody', () => {
  it('keeps extension members (e.g. the possible duplicates) apart from the known ones', () => {
    const problem = problemFromBody(409, {
      type: 'urn:childfirst:problem:possible-duplicate',
      title: 'This person may already have a record',
      status: 409,
      detail: 'Check them.',
      instance: '/staff/people',
      requestId: 'req-1',
      duplicates: [{ id: 'p-1' }],
    });
    expect(problem).toEqual({
      status: 409,
      type: 'urn:childfirst:problem:possible-duplicate',
      title: 'This person may already have a record',
      detail: 'Check them.',
      extensions: { requestId: 'req-1', duplicates: [{ id: 'p-1' }] },
    });
  });
});
