import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FamilyAccountEntity } from './family-account.entity';
import { FamilyEntity } from './family.entity';

export interface LinkedFamily {
  familyId: string;
  familyName: string;
  displayName: string;
}

@Injectable()
export class FamilyAccountRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The family a portal sign-in is linked to, or null if nobody has linked it yet. */
  async findLinkedFamily(subject: string): Promise<LinkedFamily | null> {
    const row = await this.dataSource
      .getRepository(FamilyAccountEntity)
      .createQueryBuilder('account')
      .innerJoin(FamilyEntity, 'family', 'family.id = account.family_id')
      .select(['account.family_id AS "familyId"', 'family.family_name AS "familyName"', 'account.display_name AS "displayName"'])
      .where('account.subject = :subject', { subject })
      .getRawOne<LinkedFamily>();
    return row ?? null;
  }

  async findFamilyNames(familyIds: string[]): Promise<Map<string, string>> {
    if (familyIds.length === 0) return new Map();
    const families = await this.dataSource
      .getRepository(FamilyEntity)
      .createQueryBuilder('family')
      .where('family.id IN (:...ids)', { ids: [...new Set(familyIds)] })
      .getMany();
    return new Map(families.map((family) => [family.id, family.familyName]));
  }
}
