import type { FrontDoorActivitiesService } from './front-door-activities.service';
import type { AssessmentActivities, FrontDoorActivities } from '@childfirst/workflows/referrals';
import { asActivity } from './as-activity';

/** The front door workflow's activities: each a thin, idempotent call into the server's front door service. */
export function createFrontDoorActivities(frontDoor: FrontDoorActivitiesService): FrontDoorActivities & AssessmentActivities {
  return {
    acknowledgeReferral: ({ referralId }) => asActivity(() => frontDoor.acknowledgeReferral(referralId)),
    screenReferral: ({ referralId }) => asActivity(() => frontDoor.screenReferral(referralId)),
    recordInformationGathering: (input) => asActivity(() => frontDoor.recordInformationGathering(input)),
    recordInformationResponse: (input) => asActivity(() => frontDoor.recordInformationResponse(input)),
    chaseInformationRequest: ({ requestId, at }) => asActivity(() => frontDoor.chaseInformationRequest(requestId, new Date(at))),
    escalateInformationRequest: ({ requestId, at }) => asActivity(() => frontDoor.escalateInformationRequest(requestId, new Date(at))),
    recordFrontDoorDecision: (input) => asActivity(() => frontDoor.recordFrontDoorDecision(input)),
    cancelOpenInformationRequests: ({ referralId, at }) => asActivity(() => frontDoor.cancelOpenInformationRequests(referralId, new Date(at))),
    recordDecisionAtRisk: ({ referralId, at }) => asActivity(() => frontDoor.recordDecisionAtRisk(referralId, new Date(at))),
    recordDecisionOverdue: ({ referralId, at }) => asActivity(() => frontDoor.recordDecisionOverdue(referralId, new Date(at))),
    allocateKeyWorker: ({ referralId }) => asActivity(() => frontDoor.allocateKeyWorker(referralId)),
    prepareAssessment: ({ referralId }) => asActivity(() => frontDoor.prepareAssessment(referralId)),
    requestStrategyDiscussion: ({ referralId }) => asActivity(() => frontDoor.requestStrategyDiscussion(referralId)),
    notifyOutcome: ({ referralId }) => asActivity(() => frontDoor.notifyOutcome(referralId)),
    recordAssessmentClock: ({ referralId, event, at }) => asActivity(() => frontDoor.recordAssessmentClock(referralId, event, new Date(at))),
  };
}
