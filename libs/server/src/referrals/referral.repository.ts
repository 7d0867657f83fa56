import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { ReferralStatus } from '@childfirst/domain/referrals';
import { StatutoryDeadlineEntity } from '../clocks/statutory-deadline.entity';
import { ReferralEntity } from './referral.entity';

export const REFERRAL_DECISION_RULE = 'referral.decision';
const SUBJECT_TYPE = 'referral';

export interface ReferralWithDeadline {
  referral: ReferralEntity;
  deadline: StatutoryDeadlineEntity;
}

export interface DecisionToRecord {
  referralId: string;
  outcome: NonNullable<ReferralEntity['outcome']>;
  reason: string;
  decidedAt: Date;
  decidedBySubject: string;
  decidedByName: string;
  expectedVersion: number;
}

/** The only code that reads or writes referrals and their decision clock. */
@Injectable()
export class ReferralRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ReferralEntity | null> {
    return manager.getRepository(ReferralEntity).findOneBy({ id });
  }

  /** Inserts the referral unless a row with its id exists; returns whether this call created it. */
  async insertIfAbsent(referral: ReferralEntity, deadline: Omit<StatutoryDeadlineEntity, 'id' | 'createdAt' | 'subjectType' | 'subjectId' | 'ruleId'>, manager: EntityManager): Promise<boolean> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ReferralEntity)
      .values(referral)
      .orIgnore()
      .returning(['id'])
      .execute();
    if (inserted.raw.length === 0) return false;
    await manager.getRepository(StatutoryDeadlineEntity).insert({
      ...deadline,
      ruleId: REFERRAL_DECISION_RULE,
      subjectType: SUBJECT_TYPE,
      subjectId: referral.id,
    });
    return true;
  }

  async listByStatus(status: ReferralStatus, limit = 500): Promise<ReferralWithDeadline[]> {
    const referrals = await this.dataSource.getRepository(ReferralEntity).find({
      where: { status },
      order: { receivedAt: status === 'awaiting-decision' ? 'ASC' : 'DESC' },
      take: limit,
    });
    return this.withDeadlines(referrals);
  }

  async findWithDeadline(id: string): Promise<ReferralWithDeadline | null> {
    const referral = await this.findById(id);
    if (!referral) return null;
    const [withDeadline] = await this.withDeadlines([referral]);
    return withDeadline ?? null;
  }

  /**
   * Records the decision if the referral is still awaiting one at the version the decision maker
   * saw. Returns the new version, or null when nothing matched (the caller works out why).
   */
  async recordDecision(decision: DecisionToRecord, manager: EntityManager): Promise<number | null> {
    const result = await manager.query(
      `UPDATE referrals.referral
          SET status = 'decided', outcome = $2, decision_reason = $3, decided_at = $4,
              decided_by_subject = $5, decided_by_name = $6, version = version + 1, updated_at = now()
        WHERE id = $1 AND status = 'awaiting-decision' AND version = $7
        RETURNING version`,
      [decision.referralId, decision.outcome, decision.reason, decision.decidedAt, decision.decidedBySubject, decision.decidedByName, decision.expectedVersion],
    );
    const rows = result[0] as { version: number }[];
    if (rows.length === 0) return null;
    await this.markDeadline(decision.referralId, 'met_at', decision.decidedAt, manager);
    return rows[0]!.version;
  }

  /**
   * Writes a significant event into the family's chronology, if the family has a case. Keyed by
   * `sourceRef`, so an activity retry or a replayed submission adds nothing twice.
   */
  async addToFamilyChronology(
    entry: { familyId: string | null; occurredAt: Date; eventType: 'referral-received' | 'referral-decided'; summary: string; sourceRef: string },
    manager: EntityManager,
  ): Promise<void> {
    if (!entry.familyId) return;
    await manager.query(
      `INSERT INTO cases.chronology_entry (case_id, occurred_at, agency, event_type, summary, significance, source, source_ref)
       SELECT c.id, $2, 'social-care', $3, $4, 'significant', 'automatic', $5 FROM cases.family_case c WHERE c.family_id = $1
       ON CONFLICT (source_ref) WHERE source_ref IS NOT NULL DO NOTHING`,
      [entry.familyId, entry.occurredAt, entry.eventType, entry.summary, entry.sourceRef],
    );
  }

  /** Sets a clock event once: a repeated call (an activity retry) keeps the first instant. */
  async markDeadline(referralId: string, column: 'met_at' | 'escalated_at' | 'overdue_recorded_at', at: Date, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `UPDATE clocks.statutory_deadline SET ${column} = COALESCE(${column}, $3)
        WHERE rule_id = $1 AND subject_type = '${SUBJECT_TYPE}' AND subject_id = $2`,
      [REFERRAL_DECISION_RULE, referralId, at],
    );
  }

  private async withDeadlines(referrals: ReferralEntity[]): Promise<ReferralWithDeadline[]> {
    if (referrals.length === 0) return [];
    const deadlines = await this.dataSource.getRepository(StatutoryDeadlineEntity).findBy({
      ruleId: REFERRAL_DECISION_RULE,
      subjectType: SUBJECT_TYPE,
      subjectId: In(referrals.map((r) => r.id)),
    });
    const bySubject = new Map(deadlines.map((d) => [d.subjectId, d]));
    return referrals.flatMap((referral) => {
      const deadline = bySubject.get(referral.id);
      return deadline ? [{ referral, deadline }] : [];
    });
  }
}
