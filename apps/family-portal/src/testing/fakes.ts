import type { FamilyApi } from '../api/familyApi';
import type { KeycloakClient } from '@childfirst/ui';
import type { KeycloakInitOptions } from 'keycloak-js';

/** A keycloak-js double: `init` resolves as given (never, by default: "Signing you in" stays). */
export function fakeKeycloak(init: () => Promise<boolean> = () => new Promise<boolean>(() => undefined)): jest.Mocked<KeycloakClient> {
  return {
    token: 'access-token',
    tokenParsed: { sub: 'parent-1', preferred_username: 'parent.adams', realm_access: { roles: ['family'] } },
    idTokenParsed: { sub: 'parent-1', name: 'Amy Adams' },
    init: jest.fn((_options: KeycloakInitOptions) => init()),
    updateToken: jest.fn(async () => false),
    login: jest.fn(async () => undefined),
    logout: jest.fn(async () => undefined),
  };
}

/**
 * A Response as the API clients read it (jsdom has no fetch or Response): status, headers and a
 * JSON body.
 */
export function jsonResponse(status: number, body: unknown, contentType = status >= 400 ? 'application/problem+json' : 'application/json'): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: new Headers({ 'content-type': contentType }),
    json: async () => body,
  } as unknown as Response;
}

export type FetchMock = jest.Mock<Promise<Response>, [string, RequestInit]>;

export function fetchMock(): FetchMock {
  return jest.fn<Promise<Response>, [string, RequestInit]>();
}

/** The headers a call was made with, as a plain object. */
export function headersOf(init: RequestInit | undefined): Record<string, string> {
  return { ...(init?.headers as Record<string, string> | undefined) };
}

/**
 * A FamilyApi whose every call fails unless the test gives it: each test says exactly which calls
 * its page makes, and a call it did not expect shows up as an error.
 */
export function fakeFamilyApi(overrides: Partial<FamilyApi> = {}): FamilyApi {
  const unexpected = (name: string) => () => Promise.reject(new Error(`Unexpected call to FamilyApi.${name}`));
  const api = {} as Record<keyof FamilyApi, unknown>;
  for (const name of familyApiMethods) api[name] = unexpected(name);
  api.attachmentUrl = (id: string) => `http://api.test/family/attachments/${id}`;
  return { ...(api as unknown as FamilyApi), ...overrides };
}

const familyApiMethods: (keyof FamilyApi)[] = [
  'getMe',
  'linkAccount',
  'getHome',
  'listThreads',
  'getThread',
  'startThread',
  'reply',
  'markThreadRead',
  'uploadAttachment',
  'downloadAttachment',
  'attachmentUrl',
  'listDocuments',
  'addDocument',
  'listViews',
  'addView',
  'listConsents',
  'withdrawConsent',
  'reportChange',
  'listHelpRequests',
  'submitHelpRequest',
];
