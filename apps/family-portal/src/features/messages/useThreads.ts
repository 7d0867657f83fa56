import { useQuery } from '@tanstack/react-query';
import { useFamilyApi } from '../../api/FamilyApiProvider';
import { queryKeys } from '../../api/queryKeys';

/** How often conversations are checked for new messages while the portal is open. */
export const MESSAGES_POLL_MS = 30_000;

/** The family's conversations, newest first (the API's order), checked every 30 seconds. */
export function useThreads() {
  const api = useFamilyApi();
  return useQuery({ queryKey: queryKeys.threads, queryFn: () => api.listThreads(), refetchInterval: MESSAGES_POLL_MS });
}

export function useUnreadCount(): number | undefined {
  const threads = useThreads();
  return threads.data?.reduce((total, thread) => total + thread.unread, 0);
}
