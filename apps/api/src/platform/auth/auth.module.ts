import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PeopleModule, PortalModule } from '@childfirst/server';
import { AuthenticationGuard } from './authentication.guard';
import { FamilyAccountGuard } from './family-account.guard';
import { TokenVerifier } from './token-verifier';

@Global()
@Module({
  imports: [PeopleModule, PortalModule],
  providers: [TokenVerifier, FamilyAccountGuard, { provide: APP_GUARD, useClass: AuthenticationGuard }],
  exports: [TokenVerifier, FamilyAccountGuard, PeopleModule, PortalModule],
})
export class AuthModule {}
