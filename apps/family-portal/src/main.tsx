import '@childfirst/ui/styles/govuk.scss';
import './styles/family-portal.scss';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FamilyPortal } from './App';
import { isPublicPath } from './app/publicNavigation';
import { createLazyKeycloak } from './auth/lazyKeycloak';
import { config } from './config';
import { createI18n, storedLanguage } from './i18n/i18n';

// The language chosen last time (English otherwise); its text downloads while the page starts.
createI18n();

// Cheap to create: keycloak-js itself is downloaded only when a signed-in page starts sign-in.
// Keycloak's pages follow the language chosen in the portal.
const keycloak = createLazyKeycloak({ url: config.keycloakUrl, realm: config.keycloakRealm, clientId: config.keycloakClientId }, undefined, storedLanguage);
// A signed-in address ("/" included: it checks for a session) needs keycloak-js: fetch it alongside
// the signed-in part's code instead of after it, one round trip sooner.
if (!isPublicPath(window.location.pathname)) keycloak.preload();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <FamilyPortal apiUrl={config.apiUrl} keycloak={keycloak} frontDoorPhone={config.frontDoorPhone} />
  </StrictMode>,
);
