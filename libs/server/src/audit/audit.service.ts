import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '@childfirst/domain/access';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEntry {
  action: AuditEventEntity['action'];
  resourceType: string;
  resourceId: string;
  familyId: string | null;
  purpose: string;
}

export interface AuditContext {
  actor: Pick<Actor, 'subject' | 'displayName'>;
  requestId: string | null;
  at: Date;
}

const GENESIS_HASH = '0'.repeat(64);

/** The fields that are hashed, in a fixed order: changing any of them breaks the chain. */
function hashOf(event: Omit<AuditEventEntity, 'sequence' | 'hash'>): string {
  const material = [
    event.previousHash,
    event.occurredAt.toISOString(),
    event.actorSubject,
    event.actorName,
    event.action,
    event.resourceType,
    event.resourceId,
    event.familyId ?? '',
    event.purpose,
    event.requestId ?? '',
  ].join('\u001f');
  return createHash('sha256').update(material).digest('hex');
}

export interface ChainVerification {
  valid: boolean;
  checked: number;
  /** The first row whose stored hash does not match its content or its predecessor. */
  brokenAtSequence: string | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends entries to the chain. Writers are serialised by a transaction-scoped advisory lock so
   * each row links to the true previous row; pass `manager` to join the caller's transaction.
   */
  async record(context: AuditContext, entries: AuditEntry[], manager?: EntityManager): Promise<void> {
    if (entries.length === 0) return;
    const write = async (tx: EntityManager) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('audit.audit_event'))`);
      const [last] = (await tx.query(`SELECT hash FROM audit.audit_event ORDER BY sequence DESC LIMIT 1`)) as { hash: string }[];
      let previousHash = last?.hash ?? GENESIS_HASH;
      const rows = entries.map((entry) => {
        const row = {
          occurredAt: context.at,
          actorSubject: context.actor.subject,
          actorName: context.actor.displayName,
          requestId: context.requestId,
          previousHash,
          ...entry,
        };
        const hash = hashOf(row);
        previousHash = hash;
        return { ...row, hash };
      });
      await tx.getRepository(AuditEventEntity).insert(rows);
    };
    if (manager) await write(manager);
    else await this.dataSource.transaction(write);
  }

  /** Re-computes the whole chain; used by the DPO's integrity check and by tests. */
  async verifyChain(batchSize = 5000): Promise<ChainVerification> {
    let previousHash = GENESIS_HASH;
    let after = '0';
    let checked = 0;
    for (;;) {
      const batch = await this.dataSource
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.sequence > :after', { after })
        .orderBy('e.sequence', 'ASC')
        .limit(batchSize)
        .getMany();
      for (const event of batch) {
        if (event.previousHash !== previousHash || hashOf(event) !== event.hash) {
          return { valid: false, checked, brokenAtSequence: event.sequence };
        }
        previousHash = event.hash;
        checked += 1;
        after = event.sequence;
      }
      if (batch.length < batchSize) return { valid: true, checked, brokenAtSequence: null };
    }
  }
}
