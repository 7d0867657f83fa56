import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface PractitionerSummary {
  id: string;
  name: string;
  agency: string;
  teamId: string;
  teamName: string;
  jobRole: string;
}

const SELECT = `SELECT p.id, p.display_name AS name, p.agency, p.team_id AS "teamId", o.name AS "teamName", p.job_role AS "jobRole"
                  FROM agencies.practitioner p JOIN agencies.organisation o ON o.id = p.team_id`;

@Injectable()
export class PractitionerRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findBySubject(subject: string): Promise<PractitionerSummary | null> {
    const [row] = await this.dataSource.query(`${SELECT} WHERE p.subject = $1 AND p.active`, [subject]);
    return (row as PractitionerSummary | undefined) ?? null;
  }

  async findById(id: string): Promise<PractitionerSummary | null> {
    const [row] = await this.dataSource.query(`${SELECT} WHERE p.id = $1`, [id]);
    return (row as PractitionerSummary | undefined) ?? null;
  }

  async searchByName(name: string, limit = 20): Promise<PractitionerSummary[]> {
    return this.dataSource.query(`${SELECT} WHERE p.active AND p.display_name ILIKE '%' || $1 || '%' ORDER BY p.display_name LIMIT $2`, [name.replace(/[%_\\]/g, ''), limit]);
  }
}
