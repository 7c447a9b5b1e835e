/* eslint-disable max-lines -- holds its inputs, object types and workflow beside the resolver; to be split per role (.input.ts, .service.ts) under issue #20 once its access checks have moved to policy files */
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Connection, PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { badUserInput, conflict, notFound, nothingFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { RegistryContext } from '../registry.loaders.js';
import { PATH_COLUMNS } from '../place/path-columns.js';
import { loadVisiblePlace } from '../place/place-lookup.js';
import { assertCanManage, MANAGERS } from '../access/place-management.js';
import { isWithinScope } from '../access/place-scope.js';
import { UpdateRecordInput, assertExpectedVersion } from '../place/place.input.js';
import { Neighborhood } from '../neighborhood/neighborhood.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Person } from './person.entity.js';
import { PersonView, maskName, maskPhone } from './person-view.js';
import { assertMayListPersons, assertMayLookUpIdNumber, assertMayReadContact, personViewFor } from './person.access.js';
import { PersonContact } from './person-contact.js';
import { hashIdNumber, isValidIdNumber, normalizeIdNumber } from './id-number.js';
import { PHONE, PHONE_MESSAGE } from './phone.js';
import { PersonFilter, containsPattern } from './person-filter.input.js';
import { changePhone } from './phone-history.js';

@ObjectType('PersonConnection', { description: 'A page of people.' })
class PersonConnection extends Connection(Person) {}

@InputType({ description: 'A person to register (人员登记).' })
class CreatePersonInput {
  @Field(() => String, { description: 'Full name.' })
  @Length(1, 50, { message: 'name must be 1 to 50 characters long' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Mobile or landline number.' })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string;

  @Field(() => String, {
    nullable: true,
    description: '18-character resident ID number (身份证号). Only a keyed hash and the last four characters are stored.',
  })
  @IsOptional()
  @Length(18, 18, { message: 'idNumber must be 18 characters long' })
  idNumber?: string;

  @Field(() => ID, { description: 'The community the person is registered in (所在社区).' })
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId!: string;

  @Field(() => ID, { nullable: true, description: 'The neighborhood the person lives in, within that community.' })
  @IsOptional()
  @IsUUID('all', { message: 'residenceNeighborhoodId must be an id' })
  residenceNeighborhoodId?: string;
}

@InputType({ description: "Changes to a person's record; omitted fields stay as they are." })
class UpdatePersonInput extends UpdateRecordInput {
  @Field(() => String, { nullable: true, description: 'Corrected full name.' })
  @IsOptional()
  @Length(1, 50, { message: 'name must be 1 to 50 characters long' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'New phone number.' })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string;

  @Field(() => ID, { nullable: true, description: 'New neighborhood of residence, within the same community.' })
  @IsOptional()
  @IsUUID('all', { message: 'residenceNeighborhoodId must be an id' })
  residenceNeighborhoodId?: string;
}

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly idNumberKey: string) {}

  private async view(person: Person, ctx: RegistryContext): Promise<PersonView> {
    return personViewFor(ctx.caller, person.id, await ctx.loaders.personInScope.load(person));
  }

  private assertIdNumber(raw: string): string {
    const idNumber = normalizeIdNumber(raw);
    if (!isValidIdNumber(idNumber)) {
      throw badUserInput('idNumber is not a valid resident ID number: check the birth date and the last (check) character.', {
        field: 'idNumber',
      });
    }
    return idNumber;
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
  async personByIdNumber(@Arg('idNumber', () => String, { description: '18-character resident ID number; it is hashed, never stored or logged.' }) raw: string, @Ctx() ctx: RegistryContext): Promise<Person> {
    assertMayLookUpIdNumber(ctx.caller);
    const idNumber = this.assertIdNumber(raw);
    const person = await ctx.em.findOne(Person, { idNumberHash: hashIdNumber(idNumber, this.idNumberKey) });
    if (!person || !(await ctx.loaders.personInScope.load(person))) {
      throw nothingFound('Nobody with this ID number is registered in your area.');
    }
    return person;
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
  async createPerson(@Arg('input', () => CreatePersonInput, { description: 'What to record.' }) input: CreatePersonInput, @Ctx() ctx: RegistryContext): Promise<Person> {
    const community = await loadVisiblePlace(ctx.loaders.community, ctx.loaders.scope, 'Community', input.communityId);
    assertCanManage(ctx.caller, community.path(), MANAGERS.neighborhood, 'people');
    const residence = input.residenceNeighborhoodId ? await this.residenceIn(ctx, community.id, input.residenceNeighborhoodId) : null;
    const idNumber = input.idNumber ? this.assertIdNumber(input.idNumber) : null;
    const idNumberHash = idNumber ? hashIdNumber(idNumber, this.idNumberKey) : null;
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

  @Mutation(() => Person, { description: "Changes a person's record. Area roles of the community they are registered in." })
  async updatePerson(@Arg('input', () => UpdatePersonInput, { description: 'What to record.' }) input: UpdatePersonInput, @Ctx() ctx: RegistryContext): Promise<Person> {
    const person = await ctx.loaders.person.load(requireId(input.id));
    if (!person || !person.communityId) throw notFound('Person', input.id);
    const community = (await ctx.loaders.community.load(person.communityId))!;
    assertCanManage(ctx.caller, community.path(), MANAGERS.neighborhood, 'this person');
    assertExpectedVersion(person, input.expectedVersion);
    if (input.name !== undefined) person.name = input.name.trim();
    if (input.phone !== undefined) changePhone(ctx.em, person, input.phone, ctx.caller, ctx.clock.now());
    if (input.residenceNeighborhoodId !== undefined) {
      person.residenceNeighborhoodId = (await this.residenceIn(ctx, community.id, input.residenceNeighborhoodId)).id;
    }
    await ctx.em.flush();
    return person;
  }

  private async residenceIn(ctx: RegistryContext, communityId: string, neighborhoodId: string): Promise<Neighborhood> {
    const neighborhood = await loadVisiblePlace(ctx.loaders.neighborhood, ctx.loaders.scope, 'Neighborhood', neighborhoodId);
    if (neighborhood.communityId !== communityId) {
      throw badUserInput('residenceNeighborhoodId must be a neighborhood of the person\'s community.', { field: 'residenceNeighborhoodId' });
    }
    return neighborhood;
  }
}
