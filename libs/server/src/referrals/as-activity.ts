import { ApplicationFailure } from '@temporalio/common';
import { isDomainError } from '@childfirst/domain/errors';

/** Domain rejections are final (non-retryable, typed by their code); anything else is retried. */
export async function asActivity<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) throw ApplicationFailure.nonRetryable(error.message, error.code);
    throw error;
  }
}
