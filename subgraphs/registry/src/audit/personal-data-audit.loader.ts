import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../../../platform/access/caller.js';
import { PersonalDataAccess } from './personal-data-access.entity.js';
import { chainHash, GENESIS_HASH } from './audit-chain.js';

/** Serialises appends to the chain across processes: the lock is held until the transaction ends. */
const CHAIN_LOCK = 'select pg_advisory_xact_lock(hashtext(\'registry.personal_data_access\'))';

export interface AuditedRead {
  personId: string;
  fields: string[];
  purpose: string;
}

/**
 * Records unmasked reads before the data is returned: all reads of one request tick go into the chain in one
 * transaction. If recording fails, the read fails — there is no unaudited unmasking.
 */
export function createPersonalDataAuditLoader(em: EntityManager, caller: Caller, requestId: string): DataLoader<AuditedRead, true, string> {
  return new DataLoader<AuditedRead, true, string>(
    async (reads) => {
      await em.fork().transactional(async (tx) => {
        await tx.getConnection().execute(CHAIN_LOCK, [], 'run', tx.getTransactionContext());
        const [last] = await tx.find(PersonalDataAccess, {}, { orderBy: { id: 'desc' }, limit: 1 });
        let previousHash = last?.hash ?? GENESIS_HASH;
        const occurredAt = new Date();
        for (const read of reads) {
          const entry = {
            occurredAt,
            readerSubject: caller.subject,
            readerRole: caller.role,
            readerOrganizationId: caller.organizationId,
            requestId,
            personId: read.personId,
            fields: read.fields.join(','),
            purpose: read.purpose,
          };
          const hash = chainHash(previousHash, entry);
          tx.create(PersonalDataAccess, { ...entry, previousHash, hash });
          previousHash = hash;
        }
      });
      return reads.map(() => true as const);
    },
    { cacheKeyFn: (read) => `${read.personId}\u0000${read.fields.join(',')}\u0000${read.purpose}` },
  );
}
