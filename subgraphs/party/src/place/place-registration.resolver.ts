import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { PartyPlaceRegistration, RegisterPartyPlacesInput } from './place-registration.input.js';
import { registerPartyPlaces } from './place-registration.service.js';

@Resolver()
export class PlaceRegistrationResolver {
  @Mutation(() => PartyPlaceRegistration, {
    description:
      "Adds communities, neighborhoods, buildings and units the registry recorded to the party's register of places, so 三长, responsibility zones, central households and report-ins can name them. Area roles (DISTRICT, STREET, COMMUNITY) of their community, with the places' certificates.",
  })
  registerPartyPlaces(
    @Arg('input', () => RegisterPartyPlacesInput, { description: 'The places, by their registry certificates.' }) input: RegisterPartyPlacesInput,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyPlaceRegistration> {
    return registerPartyPlaces(ctx, input);
  }
}
