import { shouldRetryRequest } from '@childfirst/ui';
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryRequest, staleTime: 10_000 },
      // A submission is retried by the person, with the same idempotency key, never silently.
      mutations: { retry: false },
    },
  });
}
