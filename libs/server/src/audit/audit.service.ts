import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Actor } from '@childfirst/domain/access';
import { AuditEventEntity, type AuditDetails } from './audit-event.entity';

export interface AuditEntry {
  action: AuditEventEntity['action'];
  resourceType: string;
  resourceId: string;
  familyId: string | null;
  purpose: string;
  details?: AuditDetails | null;
}

export interface AuditContext {
  actor: Pick<Actor, 'subject' | 'displayName'>;
  requestId: string | null;
  at: Date;
}

const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level: PostgreSQL's jsonb does not keep the order they were
 * written in, and the hash must come out the same when the chain is checked from the stored row.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The fields that are hashed, in a fixed order: changing any of them breaks the chain. `details`
 * came later: a row without them hashes as it always did, so the rows before it still verify.
 */
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
    ...(event.details ? [canonicalJson(event.details)] : []),
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
          details: entry.details ?? null,
        };
        const hash = hashOf(row);
        previousHash = hash;
        return { ...row, hash };
      });
      // TypeORM's deep-partial type cannot follow free-form JSON (`details`); the rows are whole entities.
      await tx.getRepository(AuditEventEntity).insert(rows as QueryDeepPartialEntity<AuditEventEntity>[]);
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
