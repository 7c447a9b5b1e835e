import { DriverException } from '@mikro-orm/core';
import { badUserInput, conflict, notFound } from '../../../platform/errors/error-codes.js';
import type { PropertyContext } from '../property.loaders.js';
import { assertOwnArea } from '../access/area-management.js';
import { PropertyCompanyStatus } from '../company/company-status.js';
import { PropertyPost } from '../staff/property-post.entity.js';
import { ServiceContract } from './service-contract.entity.js';
import { contractEnd, periodsOverlap } from './contract-period.js';
import { loadVisibleContract } from './contract-lookup.js';
import type { CreateServiceContractInput, EndServiceContractInput } from './service-contract.input.js';

/** Postgres' exclusion-violation code: the database refused an overlapping contract. */
const EXCLUSION_VIOLATION = '23P01';

function overlapConflict(): Error {
  return conflict('This neighborhood already has a contract for part of that period: end it first (物业离场) or choose a later start.');
}

/** Registers a contract (物业服务合同备案) for the certified neighborhood, refusing an overlap with its other contracts. */
export async function registerServiceContract(ctx: PropertyContext, input: CreateServiceContractInput): Promise<ServiceContract> {
  const place = ctx.readPlaceCertificate(input.placeCertificate);
  if (!place.neighborhoodId) throw badUserInput('placeCertificate must be a neighborhood\'s, not a community\'s.', { field: 'placeCertificate' });
  const path = { neighborhoodId: place.neighborhoodId, communityId: place.communityId, streetId: place.streetId, districtId: place.districtId };
  assertOwnArea(ctx.caller, path, 'register service contracts');
  if (input.endsOn !== undefined && input.endsOn <= input.startsOn) throw badUserInput('endsOn must be after startsOn.', { field: 'endsOn' });
  const company = await ctx.loaders.company.load(input.companyId.toLowerCase());
  if (!company) throw notFound('PropertyCompany', input.companyId);
  if (company.status !== PropertyCompanyStatus.ACTIVE) throw conflict(`${company.name} is ${company.status} and may not sign new contracts.`);

  const earlier = await ctx.em.find(ServiceContract, { neighborhoodId: path.neighborhoodId });
  const known = earlier[0];
  if (known && (known.communityId !== path.communityId || known.streetId !== path.streetId || known.districtId !== path.districtId)) {
    throw badUserInput('This neighborhood is recorded under another community, street or district: give its own place path.', { field: 'communityId' });
  }
  const period = { start: input.startsOn, end: input.endsOn ?? null };
  if (earlier.some((other) => periodsOverlap(period, { start: other.startsOn, end: contractEnd(other) }))) throw overlapConflict();

  const contract = ctx.em.create(ServiceContract, {
    ...path,
    companyId: company.id,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
    feeStandard: input.feeStandard,
  });
  try {
    await ctx.em.flush();
  } catch (error) {
    // A concurrent registration got in first: the exclusion constraint is the last word.
    if (error instanceof DriverException && (error as DriverException & { code?: string }).code === EXCLUSION_VIOLATION) throw overlapConflict();
    throw error;
  }
  return contract;
}

/** Ends a contract (物业离场): the day and reason, and the end of its staff posts; nothing is deleted. */
export async function endServiceContract(ctx: PropertyContext, input: EndServiceContractInput): Promise<ServiceContract> {
  const contract = await loadVisibleContract(ctx, input.id);
  assertOwnArea(ctx.caller, contract.path(), 'end service contracts');
  if (contract.endedOn !== null) throw conflict(`This contract already ended on ${contract.endedOn}.`);
  if (input.endedOn <= contract.startsOn) throw badUserInput(`endedOn must be after the start (${contract.startsOn}).`, { field: 'endedOn' });
  if (contract.endsOn !== null && input.endedOn > contract.endsOn) {
    throw badUserInput(`endedOn must be on or before the agreed end (${contract.endsOn}).`, { field: 'endedOn' });
  }
  contract.endedOn = input.endedOn;
  contract.endReason = input.reason.trim();
  const posts = await ctx.em.find(PropertyPost, { contractId: contract.id, $or: [{ endsOn: null }, { endsOn: { $gt: input.endedOn } }] });
  for (const post of posts) post.endsOn = input.endedOn < post.startsOn ? post.startsOn : input.endedOn;
  await ctx.em.flush();
  return contract;
}
