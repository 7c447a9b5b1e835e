import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../../../platform/access/caller.js';
import { activeOn } from '../contract/active-contract.filter.js';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { findPlainRows } from '../../../platform/batching/plain-rows.js';
import { propertyScope, scopeCompanyId, type PropertyScope } from './property-scope.js';

async function resolveScope(em: EntityManager, caller: Caller, day: string): Promise<PropertyScope> {
  const companyId = scopeCompanyId(caller);
  if (companyId === null) return propertyScope(caller.organizationId ? caller : { ...caller, organizationId: null }, []);
  // Plain rows: only the neighborhood ids are used, and the scope is never changed.
  const contracts = await findPlainRows(em, ServiceContract, { $and: [{ companyId }, activeOn(day)] });
  return propertyScope(caller, contracts.map((contract) => contract.neighborhoodId));
}

/** What the caller may read, resolved at most once per request (one statement for a company, none otherwise). */
export function createScopeLoader(em: EntityManager, caller: Caller, day: string): () => Promise<PropertyScope> {
  let scope: Promise<PropertyScope> | undefined;
  return () => (scope ??= resolveScope(em, caller, day));
}
