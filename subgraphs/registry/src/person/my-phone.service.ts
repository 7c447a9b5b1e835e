import { notFound } from '../../../platform/errors/error-codes.js';
import type { RegistryContext } from '../registry.loaders.js';
import { selfPersonId } from '../access/person-self.access.js';
import { assertExpectedVersion } from '../place/record-update.js';
import type { Person } from './person.entity.js';
import type { CorrectMyPhoneInput } from './my-phone.input.js';
import { changePhone } from './phone-history.js';

/**
 * A resident corrects the phone on their own record, at the version they read; the number it replaces is kept in
 * the append-only phone history. The registry audits unmasked reads of other people's data (Person.contact); a
 * person changing their own number reads nobody's, so nothing is audited, as for updatePerson.
 */
export async function correctMyPhone(ctx: RegistryContext, input: CorrectMyPhoneInput): Promise<Person> {
  const personId = selfPersonId(ctx.caller);
  const person = await ctx.loaders.person.load(personId);
  if (!person) throw notFound('Person', personId);
  assertExpectedVersion(person, input.expectedVersion);
  changePhone(ctx.em, person, input.phone, ctx.caller, ctx.clock.now());
  await ctx.em.flush();
  return person;
}
