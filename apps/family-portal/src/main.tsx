import '@childfirst/ui/styles/govuk.scss';
import { AuthProvider } from '@childfirst/ui';
import { createKeycloak } from '@childfirst/ui/keycloak';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { config } from './config';

const keycloak = createKeycloak({ url: config.keycloakUrl, realm: config.keycloakRealm, clientId: config.keycloakClientId });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AuthProvider keycloak={keycloak}>
      <App apiUrl={config.apiUrl} />
    </AuthProvider>
  </StrictMode>,
);
