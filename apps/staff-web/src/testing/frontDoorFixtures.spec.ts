/**
 * @jest-environment node
 */
import { personSearchHitSchema, practitionerListSchema } from '@childfirst/domain/casework';
import { agencyTaskListSchema, frontDoorQueueSchema, frontDoorReferralSchema, informationRequestViewSchema, preventionAlertViewSchema } from '@childfirst/domain/referrals';
import {
  adamsQueueItem,
  adamsReferral,
  alexRecord,
  answeredHealthRequest,
  begumQueueItem,
  decidedAdamsReferral,
  educationTask,
  newFamilyReferral,
  openEducationRequest,
  practitioners,
  samPreventionAlert,
} from './frontDoorFixtures';

// The fixtures stand in for the API: if they drift from its response schemas, the tests prove nothing.
describe('front door fixtures', () => {
  it('are what the API could answer', () => {
    const queue = { items: [adamsQueueItem, begumQueueItem], alerts: [samPreventionAlert] };
    expect(frontDoorQueueSchema.parse(queue)).toEqual(queue);
    for (const referral of [adamsReferral, newFamilyReferral, decidedAdamsReferral]) expect(frontDoorReferralSchema.parse(referral)).toEqual(referral);
    expect(preventionAlertViewSchema.parse(samPreventionAlert)).toEqual(samPreventionAlert);
    for (const request of [answeredHealthRequest, openEducationRequest]) expect(informationRequestViewSchema.parse(request)).toEqual(request);
    expect(agencyTaskListSchema.parse({ items: [educationTask] }).items).toEqual([educationTask]);
    expect(practitionerListSchema.parse({ items: practitioners }).items).toEqual(practitioners);
    expect(personSearchHitSchema.parse(alexRecord)).toEqual(alexRecord);
  });
});
