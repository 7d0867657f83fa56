/**
 * @jest-environment node
 */
import { appointmentSchema, familyDocumentsForStaffSchema, familyViewsForStaffSchema, invitationSchema, threadListSchema, threadSchema } from '@childfirst/domain/portal';
import { adamsDocuments, adamsViews, homeVisit, housingThreadSummary, joInvitation, schoolThread, schoolThreadRead, schoolThreadSummary } from './portalFixtures';

// The fixtures stand in for the API: if they drift from the portal's contract, the tests prove nothing.
describe('portal fixtures', () => {
  it('are what the API could answer', () => {
    expect(threadListSchema.parse({ items: [schoolThreadSummary, housingThreadSummary] }).items).toHaveLength(2);
    expect(threadSchema.parse(schoolThread)).toEqual(schoolThread);
    expect(threadSchema.parse(schoolThreadRead)).toEqual(schoolThreadRead);
    expect(invitationSchema.parse(joInvitation)).toEqual(joInvitation);
    expect(appointmentSchema.parse(homeVisit)).toEqual(homeVisit);
    expect(familyDocumentsForStaffSchema.parse(adamsDocuments)).toEqual(adamsDocuments);
    expect(familyViewsForStaffSchema.parse(adamsViews)).toEqual(adamsViews);
  });
});
