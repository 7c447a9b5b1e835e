import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, Length } from 'class-validator';
import { BuildingStub, CommunityStub, NeighborhoodStub, StreetStub, UnitStub } from '../stubs/registry.stub.js';

@InputType({ description: "Places to add to the party's register (纳入党建覆盖台账): communities, neighborhoods, buildings and units, e.g. just recorded in the registry." })
export class RegisterPartyPlacesInput {
  @Field(() => [String], {
    description:
      "1–100 placeCertificates read from the registry: building { placeCertificate } and unit { placeCertificate } (createBuilding and createUnit answer them), or a neighborhood's or community's. Each brings along whatever on its path (street, community, neighborhood, building) the register lacks.",
  })
  @ArrayMinSize(1, { message: 'placeCertificates must name at least one place' })
  @ArrayMaxSize(100, { message: 'placeCertificates takes at most 100 places at once' })
  @Length(1, 4000, { each: true, message: 'each placeCertificate must be a place certificate' })
  placeCertificates!: string[];
}

@ObjectType({ description: 'What registerPartyPlaces added to the party register of places (党建覆盖台账).' })
export class PartyPlaceRegistration {
  @Field(() => [StreetStub], { description: 'Streets added (街道), in the order given.' })
  streets!: StreetStub[];

  @Field(() => [CommunityStub], { description: 'Communities added (社区), in the order given.' })
  communities!: CommunityStub[];

  @Field(() => [NeighborhoodStub], { description: 'Neighborhoods added (小区), in the order given.' })
  neighborhoods!: NeighborhoodStub[];

  @Field(() => [BuildingStub], { description: 'Buildings added (楼栋), in the order given.' })
  buildings!: BuildingStub[];

  @Field(() => [UnitStub], { description: 'Units (households) added (户), in the order given.' })
  units!: UnitStub[];

  @Field(() => Int, { description: 'How many of the certified places the register already held (nothing is added twice).' })
  alreadyRegistered!: number;
}
