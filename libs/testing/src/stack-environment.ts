/**
 * Where the running test stack is. tools/stack starts it for `npm test` and passes these variables;
 * a test run without them fails at once with a message rather than timing out.
 */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: stack tests run inside "npm test", which starts the stack and sets it.`);
  return value;
}

export const stack = {
  get apiUrl() {
    return required('API_URL');
  },
  get databaseUrl() {
    return required('DATABASE_URL');
  },
  get temporalAddress() {
    return required('TEMPORAL_ADDRESS');
  },
  get keycloakUrl() {
    return required('KEYCLOAK_URL');
  },
  get realm() {
    return process.env.KEYCLOAK_REALM ?? 'childfirst';
  },
  get staffWebUrl() {
    return required('STAFF_WEB_URL');
  },
  get familyPortalUrl() {
    return required('FAMILY_PORTAL_URL');
  },
};
