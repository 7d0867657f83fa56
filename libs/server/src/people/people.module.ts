import { Module } from '@nestjs/common';
import { FamilyAccountRepository } from './family-account.repository';
import { PersonSearchRepository } from './person-search.repository';

@Module({ providers: [FamilyAccountRepository, PersonSearchRepository], exports: [FamilyAccountRepository, PersonSearchRepository] })
export class PeopleModule {}
