import { createContext, useContext, type ReactNode } from 'react';
import type { StaffApi } from './staffApi';

const StaffApiContext = createContext<StaffApi | null>(null);

export function StaffApiProvider({ api, children }: { api: StaffApi; children: ReactNode }) {
  return <StaffApiContext.Provider value={api}>{children}</StaffApiContext.Provider>;
}

export function useStaffApi(): StaffApi {
  const api = useContext(StaffApiContext);
  if (!api) throw new Error('useStaffApi must be used inside <StaffApiProvider>');
  return api;
}
