import { personSearchPurposeCodes, personSearchPurposeText } from '../access';
import { personSearchQuerySchema } from './requests';

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('person search purpose', () => {
  it('is required with every search', () => {
    expect(messages(personSearchQuerySchema.safeParse({ name: 'Adams' }))).toEqual([['purpose', 'Select why you are searching']]);
    expect(personSearchQuerySchema.parse({ name: 'Adams', purpose: 'making-a-referral' })).toEqual({ name: 'Adams', purpose: 'making-a-referral' });
  });

  it('accepts only the listed purposes', () => {
    expect(personSearchPurposeCodes).toEqual(['making-a-referral', 'matching-a-referral', 'checking-before-a-visit', 'working-with-the-family', 'merging-records', 'other']);
    expect(personSearchQuerySchema.safeParse({ name: 'Adams', purpose: 'curiosity' }).success).toBe(false);
  });

  it('needs the reason in words for "other"', () => {
    const search = { name: 'Adams', purpose: 'other' };
    expect(messages(personSearchQuerySchema.safeParse(search))).toEqual([['purposeDetail', 'Say why you are searching, in at least 5 characters']]);
    expect(messages(personSearchQuerySchema.safeParse({ ...search, purposeDetail: '  ok  ' }))).toEqual([['purposeDetail', 'Say why you are searching, in at least 5 characters']]);
    expect(personSearchQuerySchema.safeParse({ ...search, purposeDetail: 'School roll check' }).success).toBe(true);
    expect(messages(personSearchQuerySchema.safeParse({ ...search, purposeDetail: 'x'.repeat(201) }))).toContainEqual(['purposeDetail', 'The reason must be 200 characters or fewer']);
  });

  it('still needs something to search by', () => {
    expect(messages(personSearchQuerySchema.safeParse({ purpose: 'making-a-referral' }))).toEqual([['', 'Enter a name, date of birth, NHS number or postcode to search']]);
  });

  it('reads as the audit trail shows it', () => {
    expect(personSearchPurposeText('checking-before-a-visit', undefined)).toBe('Checking before a visit');
    expect(personSearchPurposeText('other', 'School roll check')).toBe('Other: School roll check');
  });
});
