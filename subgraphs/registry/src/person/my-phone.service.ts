import { notFound } from '../../../platform/errors/error-codes.js';
import type { RegistryContext } from '../registry.loaders.js';
import { selfPersonId } from '../access/person-self.access.js';
import { assertExpectedVersion } from '../place/place.input.js';
import type { Person } from './person.entity.js';
import type { CorrectMyPhoneInput } from './my-phone.input.js';

/**
 * A resident corrects the phone on their own record, at the version they read. The registry audits unmasked reads
 * of other people's data (Person.contact); a person changing their own number reads nobody's, so nothing is audited,
 * as for updatePerson. The record's version and updatedAt show that it changed.
 */
export async function correctMyPhone(ctx: RegistryContext, input: CorrectMyPhoneInput): Promise<Person> {
  const personId = selfPersonId(ctx.caller);
  const person = await ctx.loaders.person.load(personId);
  if (!person) throw notFound('Person', personId);
  assertExpectedVersion(person, input.expectedVersion);
  person.phone = input.phone;
  await ctx.em.flush();
  return person;
}
