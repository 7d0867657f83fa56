import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { isRole, type Actor } from '@childfirst/domain/access';
import { SERVER_CONFIG, type ServerConfig } from '@childfirst/server';

interface KeycloakClaims extends JWTPayload {
  preferred_username?: string;
  name?: string;
  email?: string;
  email_verified?: boolean;
  realm_access?: { roles?: string[] };
}

export class InvalidTokenError extends Error {}

/**
 * Verifies Keycloak access tokens offline against the realm's JWKS. jose caches the key set and
 * refetches it when a token names a key it has not seen (Keycloak key rotation), at most every 30 s.
 */
@Injectable()
export class TokenVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;
  private readonly issuer: string;

  constructor(@Inject(SERVER_CONFIG) private readonly config: ServerConfig) {
    const realmPath = `/realms/${encodeURIComponent(config.KEYCLOAK_REALM)}`;
    this.jwks = createRemoteJWKSet(new URL(`${config.KEYCLOAK_URL}${realmPath}/protocol/openid-connect/certs`), {
      cacheMaxAge: 10 * 60_000,
      cooldownDuration: 30_000,
      timeoutDuration: 5_000,
    });
    this.issuer = `${config.KEYCLOAK_PUBLIC_URL ?? config.KEYCLOAK_URL}${realmPath}`;
  }

  async verify(token: string): Promise<Actor> {
    let payload: KeycloakClaims;
    try {
      ({ payload } = await jwtVerify<KeycloakClaims>(token, this.jwks, {
        issuer: this.issuer,
        audience: this.config.KEYCLOAK_AUDIENCE,
        algorithms: ['RS256'],
        clockTolerance: 5,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) throw new InvalidTokenError(error.code === 'ERR_JWT_EXPIRED' ? 'Your sign-in has expired.' : 'Your sign-in could not be verified.');
      throw error;
    }
    if (!payload.sub) throw new InvalidTokenError('Your sign-in could not be verified.');
    return {
      subject: payload.sub,
      username: payload.preferred_username ?? payload.sub,
      displayName: payload.name ?? payload.preferred_username ?? 'Unknown user',
      roles: (payload.realm_access?.roles ?? []).filter(isRole),
      // Only a verified address is used (for "you have a new message" notices).
      email: payload.email && payload.email_verified !== false ? payload.email : null,
    };
  }
}
