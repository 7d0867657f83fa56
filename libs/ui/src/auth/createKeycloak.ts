import Keycloak from 'keycloak-js';
import type { KeycloakClient, KeycloakSettings } from './keycloakClient';

/** Create once per page load (in main.tsx) and hand to AuthProvider. */
export function createKeycloak(settings: KeycloakSettings): KeycloakClient {
  return new Keycloak(settings);
}
