import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ZodSerializerInterceptor } from 'nestjs-zod';
import { CaseworkModule, DatabaseModule, ReferralsModule, TemporalClientModule, loadServerConfig } from '@childfirst/server';
import { StaffCasesController } from './cases/staff-cases.controller';
import { StaffWarningsController } from './cases/staff-warnings.controller';
import { StaffFamiliesController } from './people/staff-families.controller';
import { StaffPeopleController } from './people/staff-people.controller';
import { FamilyPortalController } from './family-portal/family-portal.controller';
import { StaffPortalController } from './family-portal/staff-portal.controller';
import { AgencyNotificationsController } from './front-door/agency-notifications.controller';
import { PublicConcernsController } from './front-door/public-concerns.controller';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthModule } from './platform/auth/auth.module';
import { ProblemDetailsFilter } from './platform/errors/problem-details.filter';
import { HealthController } from './platform/health/health.controller';
import { RequestValidationPipe } from './platform/validation/request-validation.pipe';
import { StaffReferralsController } from './referrals/staff-referrals.controller';
import { StaffProfileController } from './staff/staff-profile.controller';

/** Controllers of the staff surface (its own OpenAPI document). */
export const staffControllers = [StaffProfileController, StaffReferralsController, StaffPeopleController, StaffFamiliesController, StaffCasesController, StaffWarningsController, StaffPortalController];
/** Controllers of the family surface (its own OpenAPI document and generated client), with the public concern form. */
export const familyControllers = [FamilyPortalController, PublicConcernsController];
/** Controllers of the partner agencies' surface (client credentials). */
export const partnerControllers = [AgencyNotificationsController];

@Module({
  imports: [
    LoggerModule.forRoot({
      pinoHttp: {
        level: loadServerConfig().LOG_LEVEL,
        // Never log tokens or bodies: they carry personal data.
        redact: ['req.headers.authorization', 'req.headers.cookie'],
        customProps: () => ({ service: 'api' }),
        autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
      },
    }),
    DatabaseModule,
    TemporalClientModule,
    AuthModule,
    ReferralsModule,
    CaseworkModule,
    // Only routes that use ThrottlerGuard are limited (the public concern form).
    ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 60 }]),
  ],
  controllers: [HealthController, ...staffControllers, ...familyControllers, ...partnerControllers],
  providers: [
    { provide: APP_PIPE, useClass: RequestValidationPipe },
    { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
export class AppModule {}
