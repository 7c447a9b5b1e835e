import { badUserInput, conflict, notFound, nothingFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { RegistryContext } from '../registry.loaders.js';
import { loadVisiblePlace } from '../place/place-lookup.js';
import { assertCanManage, MANAGERS } from '../access/place-management.js';
import { assertExpectedVersion } from '../place/record-update.js';
import type { Neighborhood } from '../neighborhood/neighborhood.entity.js';
import { Person } from './person.entity.js';
import { assertMayLookUpIdNumber } from './person.access.js';
import { hashIdNumber, isValidIdNumber, normalizeIdNumber } from './id-number.js';
import type { CreatePersonInput, UpdatePersonInput } from './person.input.js';
import { changePhone } from './phone-history.js';

/** The normalised ID number, or BAD_USER_INPUT if it is not a well-formed resident ID number. */
function requireValidIdNumber(raw: string): string {
  const idNumber = normalizeIdNumber(raw);
  if (!isValidIdNumber(idNumber)) {
    throw badUserInput('idNumber is not a valid resident ID number: check the birth date and the last (check) character.', {
      field: 'idNumber',
    });
  }
  return idNumber;
}

/** The person registered under a resident ID number, if they are in the caller's area; area roles only. */
export async function findPersonByIdNumber(ctx: RegistryContext, raw: string, idNumberKey: string): Promise<Person> {
  assertMayLookUpIdNumber(ctx.caller);
  const idNumber = requireValidIdNumber(raw);
  const person = await ctx.em.findOne(Person, { idNumberHash: hashIdNumber(idNumber, idNumberKey) });
  if (!person || !(await ctx.loaders.personInScope.load(person))) {
    throw nothingFound('Nobody with this ID number is registered in your area.');
  }
  return person;
}

/** Registers a person in a community the caller manages; an ID number is kept only as a keyed hash and its tail. */
export async function createPerson(ctx: RegistryContext, input: CreatePersonInput, idNumberKey: string): Promise<Person> {
  const community = await loadVisiblePlace(ctx.loaders.community, ctx.loaders.scope, 'Community', input.communityId);
  assertCanManage(ctx.caller, community.path(), MANAGERS.neighborhood, 'people');
  const residence = input.residenceNeighborhoodId ? await residenceIn(ctx, community.id, input.residenceNeighborhoodId) : null;
  const idNumber = input.idNumber ? requireValidIdNumber(input.idNumber) : null;
  const idNumberHash = idNumber ? hashIdNumber(idNumber, idNumberKey) : null;
  if (idNumberHash && (await ctx.em.count(Person, { idNumberHash })) > 0) {
    throw conflict('A person with this ID number is already registered: look them up with personByIdNumber.', { field: 'idNumber' });
  }
  const person = ctx.em.create(Person, {
    name: input.name.trim(),
    phone: input.phone ?? null,
    idNumberHash,
    idNumberTail: idNumber ? idNumber.slice(-4) : null,
    residenceNeighborhoodId: residence?.id ?? null,
    communityId: community.id,
    streetId: community.streetId,
    districtId: community.districtId,
  });
  await ctx.em.flush();
  return person;
}

/** Changes a person's record at the version the caller read; a replaced phone number goes to the phone history. */
export async function updatePerson(ctx: RegistryContext, input: UpdatePersonInput): Promise<Person> {
  const person = await ctx.loaders.person.load(requireId(input.id));
  if (!person || !person.communityId) throw notFound('Person', input.id);
  const community = (await ctx.loaders.community.load(person.communityId))!;
  assertCanManage(ctx.caller, community.path(), MANAGERS.neighborhood, 'this person');
  assertExpectedVersion(person, input.expectedVersion);
  if (input.name !== undefined) person.name = input.name.trim();
  if (input.phone !== undefined) changePhone(ctx.em, person, input.phone, ctx.caller, ctx.clock.now());
  if (input.residenceNeighborhoodId !== undefined) {
    person.residenceNeighborhoodId = (await residenceIn(ctx, community.id, input.residenceNeighborhoodId)).id;
  }
  await ctx.em.flush();
  return person;
}

async function residenceIn(ctx: RegistryContext, communityId: string, neighborhoodId: string): Promise<Neighborhood> {
  const neighborhood = await loadVisiblePlace(ctx.loaders.neighborhood, ctx.loaders.scope, 'Neighborhood', neighborhoodId);
  if (neighborhood.communityId !== communityId) {
    throw badUserInput('residenceNeighborhoodId must be a neighborhood of the person\'s community.', { field: 'residenceNeighborhoodId' });
  }
  return neighborhood;
}
