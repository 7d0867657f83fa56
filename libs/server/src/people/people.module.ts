import { Module } from '@nestjs/common';
import { FamilyAccountRepository } from './family-account.repository';

@Module({ providers: [FamilyAccountRepository], exports: [FamilyAccountRepository] })
export class PeopleModule {}
