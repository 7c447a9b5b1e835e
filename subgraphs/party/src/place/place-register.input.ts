import { Field, InputType } from 'type-graphql';
import { Length } from 'class-validator';

@InputType({ description: "Adds a neighborhood to the party's register of places (纳入党建覆盖台账), e.g. after the registry records a new one." })
export class RegisterPartyNeighborhoodInput {
  @Field(() => String, { description: "The neighborhood's placeCertificate, read from the registry (neighborhood { placeCertificate })." })
  @Length(1, 2000, { message: 'placeCertificate must be a place certificate' })
  placeCertificate!: string;
}
