/** Settings from Vite's environment (VITE_*), with the local stack's defaults. Read only in main.tsx. */
export const config = {
  apiUrl: import.meta.env.VITE_API_URL ?? 'http://localhost:3000',
  keycloakUrl: import.meta.env.VITE_KEYCLOAK_URL ?? 'http://localhost:8080',
  keycloakRealm: import.meta.env.VITE_KEYCLOAK_REALM ?? 'childfirst',
  keycloakClientId: 'childfirst-family-portal',
  /** The children's services front door, for people who cannot use the public form. The default is an Ofcom drama number: set the council's. */
  frontDoorPhone: import.meta.env.VITE_FRONT_DOOR_PHONE ?? '01632 960 100',
} as const;
