export const queryKeys = {
  familyProfile: ['family', 'me'] as const,
  helpRequests: ['family', 'help-requests'] as const,
};
