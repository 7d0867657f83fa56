import { Inject, Injectable } from '@nestjs/common';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  isGrpcServiceError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, referralErrorCodes, type DomainErrorCode } from '@childfirst/domain/errors';
import {
  INFORMATION_REQUEST_NOT_OPEN,
  REFERRALS_TASK_QUEUE,
  answerInformationRequestUpdate,
  decideReferralUpdate,
  frontDoorDecisionUpdate,
  gatherInformationUpdate,
  type AnswerInformationRequestArgs,
  type FrontDoorDecisionArgs,
  type FrontDoorDecisionResult,
  type FrontDoorInput,
  type GatherInformationArgs,
  type GatherInformationResult,
  referralTriageWorkflowId,
  type DecideReferralArgs,
  type DecideReferralResult,
} from '@childfirst/workflows/referrals';
import { TEMPORAL_CLIENT } from '../temporal/temporal-client.module';

const updateErrorCodes = [...referralErrorCodes, INFORMATION_REQUEST_NOT_OPEN, 'REFERRAL_SUBJECT_UNMATCHED', 'PRACTITIONER_NOT_FOUND'] as const;

const unavailable = () =>
  new DomainError('WORKFLOW_SERVICE_UNAVAILABLE', 'The case workflow service is not available at the moment. Nothing was lost: try again in a minute.');

/** The referrals context's door to Temporal: starts and talks to a referral's workflow by business id. */
@Injectable()
export class ReferralWorkflows {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  /**
   * Starts the front door workflow for a referral. Idempotent: a second start for the same referral
   * (a retried submission) starts nothing, and the id is never reused, even after completion.
   */
  async startFrontDoor(input: FrontDoorInput): Promise<void> {
    try {
      await this.client.workflow.start('frontDoorReferralWorkflow', {
        taskQueue: REFERRALS_TASK_QUEUE,
        workflowId: referralTriageWorkflowId(input.referralId),
        args: [input],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      throw isGrpcServiceError(error) || isConnectionError(error) ? unavailable() : error;
    }
  }

  /** A decision for a referral still on the first triage workflow (received before the front door workflow). */
  decide(referralId: string, args: DecideReferralArgs): Promise<DecideReferralResult> {
    return this.update(referralId, () => this.client.workflow.getHandle(referralTriageWorkflowId(referralId)).executeUpdate(decideReferralUpdate, { args: [args] }));
  }

  decideFrontDoor(referralId: string, args: FrontDoorDecisionArgs): Promise<FrontDoorDecisionResult> {
    return this.update(referralId, () => this.client.workflow.getHandle(referralTriageWorkflowId(referralId)).executeUpdate(frontDoorDecisionUpdate, { args: [args] }));
  }

  gatherInformation(referralId: string, args: GatherInformationArgs): Promise<GatherInformationResult> {
    return this.update(referralId, () => this.client.workflow.getHandle(referralTriageWorkflowId(referralId)).executeUpdate(gatherInformationUpdate, { args: [args] }));
  }

  answerInformationRequest(referralId: string, args: AnswerInformationRequestArgs): Promise<void> {
    return this.update(referralId, () => this.client.workflow.getHandle(referralTriageWorkflowId(referralId)).executeUpdate(answerInformationRequestUpdate, { args: [args] }));
  }

  /** Runs an Update, turning the workflow's typed rejections into the domain errors they name. */
  private async update<T>(referralId: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
        const code = error.cause.type as DomainErrorCode;
        if ((updateErrorCodes as readonly string[]).includes(code)) throw new DomainError(code, error.cause.message);
      }
      if (error instanceof WorkflowNotFoundError) {
        throw new DomainError('REFERRAL_ALREADY_DECIDED', `Referral ${referralId.slice(0, 8)} has already been decided and closed.`);
      }
      throw isGrpcServiceError(error) || isConnectionError(error) ? unavailable() : error;
    }
  }
}

function isConnectionError(error: unknown): boolean {
  return error instanceof Error && /connect|ECONNREFUSED|UNAVAILABLE|deadline/i.test(error.message);
}
