import { createContext, useContext, type ReactNode } from 'react';
import type { FamilyApi } from './familyApi';

const FamilyApiContext = createContext<FamilyApi | null>(null);

export function FamilyApiProvider({ api, children }: { api: FamilyApi; children: ReactNode }) {
  return <FamilyApiContext.Provider value={api}>{children}</FamilyApiContext.Provider>;
}

export function useFamilyApi(): FamilyApi {
  const api = useContext(FamilyApiContext);
  if (!api) throw new Error('useFamilyApi must be used inside <FamilyApiProvider>');
  return api;
}
