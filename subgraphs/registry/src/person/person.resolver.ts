import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { badUserInput, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { RegistryContext } from '../registry.loaders.js';
import { PATH_COLUMNS } from '../place/path-columns.js';
import { isWithinScope } from '../access/place-scope.js';
import { Neighborhood } from '../neighborhood/neighborhood.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Person } from './person.entity.js';
import { PersonView, maskName, maskPhone } from './person-view.js';
import { assertMayListPersons, assertMayReadContact, personViewFor } from './person.access.js';
import { PersonContact } from './person-contact.type.js';
import { PersonFilter, containsPattern } from './person-filter.input.js';
import { CreatePersonInput, UpdatePersonInput } from './person.input.js';
import { createPerson, findPersonByIdNumber, updatePerson } from './person.service.js';
import { PersonConnection } from './person.type.js';

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly idNumberKey: string) {}

  private async view(person: Person, ctx: RegistryContext): Promise<PersonView> {
    return personViewFor(ctx.caller, person.id, await ctx.loaders.personInScope.load(person));
  }

  @Query(() => Person, {
    description: 'A person by id. People outside your area come back masked (surname only, no phone).',
  })
  async person(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: RegistryContext): Promise<Person> {
    const person = await ctx.loaders.person.load(requireId(id));
    if (!person) throw notFound('Person', id);
    return person;
  }

  @Query(() => Person, { nullable: true, description: 'The person you are, if your account is linked to one.' })
  async me(@Ctx() ctx: RegistryContext): Promise<Person | null> {
    return ctx.caller.personId ? ctx.loaders.person.load(ctx.caller.personId) : null;
  }

  @Query(() => PersonConnection, { description: 'People living in the places you may read, by name; searchable by name (nameContains, trigram-indexed). Area and organisation roles.' })
  async persons(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Conditions the listed items must all meet.' }) filter: PersonFilter | undefined,
    @Ctx() ctx: RegistryContext,
  ) {
    assertMayListPersons(ctx.caller);
    const where = {
      $and: [
        filter?.communityId ? { communityId: filter.communityId } : {},
        filter?.neighborhoodId ? { residenceNeighborhoodId: filter.neighborhoodId } : {},
        // Only among people the caller may list, all of whom it sees by name (PersonView.NAMED): a search never
        // tells more than the list shows.
        filter?.nameContains ? { name: { $ilike: containsPattern(filter.nameContains) } } : {},
        await ctx.loaders.visible(PATH_COLUMNS.person, false),
      ],
    };
    return findPage(ctx.em, Person, where, page, 'name');
  }

  @Query(() => Person, { description: 'Finds a person in your area by resident ID number (身份证号). Area roles only.' })
  personByIdNumber(@Arg('idNumber', () => String, { description: '18-character resident ID number; it is hashed, never stored or logged.' }) raw: string, @Ctx() ctx: RegistryContext): Promise<Person> {
    return findPersonByIdNumber(ctx, raw, this.idNumberKey);
  }

  @FieldResolver(() => String, { description: 'Name (姓名); masked to the surname (张**) unless your role needs it.' })
  async name(@Root() person: Person, @Ctx() ctx: RegistryContext): Promise<string> {
    return (await this.view(person, ctx)) === PersonView.MASKED ? maskName(person.name) : person.name;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Phone (联系电话); masked (138****5678) unless you are the person; hidden when the name is masked. Use `contact` for the full number.',
  })
  async phone(@Root() person: Person, @Ctx() ctx: RegistryContext): Promise<string | null> {
    if (!person.phone) return null;
    const view = await this.view(person, ctx);
    if (view === PersonView.FULL) return person.phone;
    return view === PersonView.NAMED ? maskPhone(person.phone) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'ID number, masked to its last four characters (身份证号, 脱敏); the full number is never stored.',
  })
  async idNumberMasked(@Root() person: Person, @Ctx() ctx: RegistryContext): Promise<string | null> {
    if (!person.idNumberTail || (await this.view(person, ctx)) !== PersonView.FULL) return null;
    return `${'*'.repeat(14)}${person.idNumberTail}`;
  }

  @FieldResolver(() => PersonContact, {
    description:
      'Full name and phone for a stated purpose (e.g. "诉求回访 #1234"). For area workers, the branch, the property company and the owners\' committee, for people in their places; every read is written to the append-only access audit.',
  })
  async contact(
    @Root() person: Person,
    @Arg('purpose', () => String, { description: 'Why you need the details, 4 to 200 characters; recorded in the audit.' }) purpose: string,
    @Ctx() ctx: RegistryContext,
  ): Promise<PersonContact> {
    const reason = purpose.trim();
    if (reason.length < 4 || reason.length > 200) {
      throw badUserInput('purpose must say, in 4 to 200 characters, why you need these details.', { field: 'purpose' });
    }
    await assertMayReadContact(ctx.caller, person.id, () => ctx.loaders.personInScope.load(person));
    await ctx.loaders.personalDataAudit.load({ personId: person.id, fields: ['name', 'phone'], purpose: reason });
    return { name: person.name, phone: person.phone };
  }

  @FieldResolver(() => Neighborhood, { nullable: true, description: 'Where the person lives (居住小区), if you may read it.' })
  async residence(@Root() person: Person, @Ctx() ctx: RegistryContext): Promise<Neighborhood | null> {
    if (!person.residenceNeighborhoodId) return null;
    const neighborhood = await ctx.loaders.neighborhood.load(person.residenceNeighborhoodId);
    return neighborhood && isWithinScope(await ctx.loaders.scope(), neighborhood.path()) ? neighborhood : null;
  }

  @FieldResolver(() => [Unit], { description: 'Units the person owns (名下房产) that you may read.' })
  async units(@Root() person: Person, @Ctx() ctx: RegistryContext): Promise<Unit[]> {
    const ownerships = await ctx.loaders.ownershipsOfPerson.load(person.id);
    const units = await ctx.loaders.unit.loadMany(ownerships.map((ownership) => ownership.unitId));
    const scope = await ctx.loaders.scope();
    return units.filter((unit): unit is Unit => unit instanceof Unit && isWithinScope(scope, unit.path()));
  }

  @Mutation(() => Person, { description: 'Registers a person in a community. Area roles of that area.' })
  createPerson(@Arg('input', () => CreatePersonInput, { description: 'What to record.' }) input: CreatePersonInput, @Ctx() ctx: RegistryContext): Promise<Person> {
    return createPerson(ctx, input, this.idNumberKey);
  }

  @Mutation(() => Person, { description: "Changes a person's record. Area roles of the community they are registered in." })
  updatePerson(@Arg('input', () => UpdatePersonInput, { description: 'What to record.' }) input: UpdatePersonInput, @Ctx() ctx: RegistryContext): Promise<Person> {
    return updatePerson(ctx, input);
  }
}
