export const queryKeys = {
  me: ['family', 'me'] as const,
  home: ['family', 'home'] as const,
  threads: ['family', 'messages'] as const,
  thread: (threadId: string) => ['family', 'messages', threadId] as const,
  documents: ['family', 'documents'] as const,
  views: ['family', 'views'] as const,
  consents: ['family', 'consents'] as const,
  helpRequests: ['family', 'help-requests'] as const,
};
