/**
 * @jest-environment node
 */
import { caseNotesSchema, caseWorkspaceSchema, chronologySchema, familyRecordSchema, personRecordSchema, personSearchHitSchema } from '@childfirst/domain/casework';
import { adamsCase, adamsChronology, adamsFamily, firstNote, identityOnly, leeWarning, samAdams, searchHit } from './recordFixtures';

// The fixtures stand in for the API: if they drift from its response schemas, the tests prove nothing.
describe('record fixtures', () => {
  it('are what the API could answer', () => {
    expect(personRecordSchema.parse(samAdams)).toEqual(samAdams);
    expect(personRecordSchema.parse({ ...samAdams, warnings: [leeWarning] }).warnings).toHaveLength(1);
    expect(caseWorkspaceSchema.parse(adamsCase)).toEqual(adamsCase);
    expect(caseWorkspaceSchema.parse({ ...adamsCase, warnings: [leeWarning] }).warnings).toHaveLength(1);
    expect(familyRecordSchema.parse(adamsFamily)).toEqual(adamsFamily);
    expect(chronologySchema.parse(adamsChronology)).toEqual(adamsChronology);
    expect(caseNotesSchema.parse({ items: [firstNote] }).items).toEqual([firstNote]);
    const hit = searchHit(samAdams);
    expect(personSearchHitSchema.parse(hit)).toEqual(hit);
    expect(personSearchHitSchema.parse(identityOnly(hit))).toEqual(identityOnly(hit));
  });
});
