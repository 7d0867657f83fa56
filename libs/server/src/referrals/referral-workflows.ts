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
  REFERRALS_TASK_QUEUE,
  decideReferralUpdate,
  referralTriageWorkflowId,
  type DecideReferralArgs,
  type DecideReferralResult,
  type ReferralTriageInput,
} from '@childfirst/workflows/referrals';
import { TEMPORAL_CLIENT } from '../temporal/temporal-client.module';

const unavailable = () =>
  new DomainError('WORKFLOW_SERVICE_UNAVAILABLE', 'The case workflow service is not available at the moment. Nothing was lost: try again in a minute.');

/** The referrals context's door to Temporal: starts and talks to the triage workflow by business id. */
@Injectable()
export class ReferralWorkflows {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  /** Idempotent: a second start for the same referral (a retried submission) starts nothing. */
  async startTriage(input: ReferralTriageInput): Promise<void> {
    try {
      await this.client.workflow.start('referralTriageWorkflow', {
        taskQueue: REFERRALS_TASK_QUEUE,
        workflowId: referralTriageWorkflowId(input.referralId),
        args: [input],
        // A referral is triaged once, ever: even after its workflow completed, the id is not reused.
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return;
      throw isGrpcServiceError(error) || isConnectionError(error) ? unavailable() : error;
    }
  }

  async decide(referralId: string, args: DecideReferralArgs): Promise<DecideReferralResult> {
    try {
      return await this.client.workflow.getHandle(referralTriageWorkflowId(referralId)).executeUpdate(decideReferralUpdate, { args: [args] });
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
        const code = error.cause.type as DomainErrorCode;
        if ((referralErrorCodes as readonly string[]).includes(code)) throw new DomainError(code, error.cause.message);
      }
      if (error instanceof WorkflowNotFoundError) {
        throw new DomainError('REFERRAL_ALREADY_DECIDED', 'This referral has already been decided.');
      }
      throw isGrpcServiceError(error) || isConnectionError(error) ? unavailable() : error;
    }
  }
}

function isConnectionError(error: unknown): boolean {
  return error instanceof Error && /connect|ECONNREFUSED|UNAVAILABLE|deadline/i.test(error.message);
}
