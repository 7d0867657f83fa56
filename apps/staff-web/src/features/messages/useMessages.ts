import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MessageThread, NewThread, ThreadReply } from '../../api/portalTypes';
import { queryKeys } from '../../api/queryKeys';
import { useStaffApi } from '../../api/StaffApiProvider';
import { useCaseChange } from '../cases/useCaseChange';

export function useCaseThreads(caseId: string) {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.caseThreads(caseId), queryFn: () => api.listCaseThreads(caseId) });
}

export function useCaseThread(caseId: string, threadId: string) {
  const api = useStaffApi();
  return useQuery({ queryKey: queryKeys.caseThread(caseId, threadId), queryFn: () => api.getCaseThread(caseId, threadId) });
}

/** The family's messages that staff have not read yet. */
export function unreadFamilyMessageIds(thread: MessageThread): string[] {
  return thread.messages.filter((message) => message.from.kind === 'family' && message.readAt === null).map((message) => message.id);
}

/** Staff have read the family's messages: the thread and the case's list (its unread counts) are asked for again. */
export function useMarkThreadRead(caseId: string, threadId: string) {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.markCaseThreadRead(caseId, threadId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseThreads(caseId), exact: true });
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseThread(caseId, threadId), exact: true });
    },
  });
}

export interface StartThreadVariables {
  thread: NewThread;
  idempotencyKey: string;
}

/** A new conversation: shown at once on its own page, and in the case's list. */
export function useStartThread(caseId: string) {
  const queryClient = useQueryClient();
  return useCaseChange(caseId, async (api, { thread, idempotencyKey }: StartThreadVariables) => {
    const started = await api.startCaseThread(caseId, thread, idempotencyKey);
    queryClient.setQueryData(queryKeys.caseThread(caseId, started.id), started);
    return started;
  });
}

export interface ReplyVariables {
  reply: ThreadReply;
  idempotencyKey: string;
}

/** The API answers a reply with the whole conversation: shown at once, without asking again. */
export function useReplyToThread(caseId: string, threadId: string) {
  const api = useStaffApi();
  const queryClient = useQueryClient();
  return useMutation<MessageThread, unknown, ReplyVariables>({
    mutationFn: ({ reply, idempotencyKey }) => api.replyToCaseThread(caseId, threadId, reply, idempotencyKey),
    onSuccess: (thread) => {
      queryClient.setQueryData(queryKeys.caseThread(caseId, threadId), thread);
      void queryClient.invalidateQueries({ queryKey: queryKeys.caseThreads(caseId), exact: true });
    },
  });
}
