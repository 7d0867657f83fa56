import { Module } from '@nestjs/common';
import { DatabaseModule, ReferralsModule, TemporalClientModule } from '@childfirst/server';

/** The same context modules the api uses; the workers wire them to Temporal instead of HTTP. */
@Module({ imports: [DatabaseModule, TemporalClientModule, ReferralsModule] })
export class WorkersModule {}
