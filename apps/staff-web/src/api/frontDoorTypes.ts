// Response and request types of the staff API's front door endpoints, inferred from the schemas the
// API validates and serialises with (libs/domain/referrals), so the app and the API cannot drift apart.
import type { z } from 'zod';
import type {
  agencyTaskListSchema,
  frontDoorQueueSchema,
  frontDoorReferralSchema,
  informationRequestViewSchema,
  preventionAlertViewSchema,
  RagRating,
  ReferralSource,
  ReferralStatus,
  TriageQueueItem,
} from '@childfirst/domain/referrals';

export type FrontDoorQueue = z.infer<typeof frontDoorQueueSchema>;
export type FrontDoorQueueItem = FrontDoorQueue['items'][number];
export type PreventionAlert = z.infer<typeof preventionAlertViewSchema>;
export type FrontDoorReferral = z.infer<typeof frontDoorReferralSchema>;
export type ReferralSubjectView = FrontDoorReferral['subjects'][number];
export type InformationRequestView = z.infer<typeof informationRequestViewSchema>;
export type InformationRequestTiming = InformationRequestView['timing'];
export type AgencyTask = z.infer<typeof agencyTaskListSchema>['items'][number];
export type ClockState = TriageQueueItem['clockState'];

/**
 * What the triage queue is asked for (GET /staff/referrals, validated by the API's
 * triageQueueFilterSchema). Empty lists mean "no filter".
 */
export interface TriageQueueQuery {
  status: ReferralStatus;
  rag: RagRating[];
  source: ReferralSource[];
  clockState: ClockState[];
  /** Ask for the open prevention alerts with the referrals. */
  includeAlerts: boolean;
}
