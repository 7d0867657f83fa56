// Entry point the worker bundles (Worker.create({ workflowsPath })): every workflow, nothing else.
export { referralTriageWorkflow } from './referrals/referral-triage.workflow';
export { childAndFamilyAssessmentWorkflow, frontDoorReferralWorkflow } from './referrals/front-door.workflow';
