import { Field, InputType } from 'type-graphql';
import { Length } from 'class-validator';
import type { RequestContext } from '../../../platform/context/request-context.js';
import type { PlacePath } from '../../../platform/access/place-path.js';

/**
 * Where a record belongs. The registry owns the map and this subgraph never calls it, so the caller passes the
 * place's certificate, which the registry signed: the whole path (district → street → community → neighborhood)
 * comes from it and cannot be forged. It is then checked against the caller's own grant.
 */
@InputType('CobuildingPlaceInput', { description: 'A place on the map, as the registry vouches for it.' })
export class PlacePathInput {
  @Field(() => String, {
    description: "The place's `placeCertificate` from the registry: a community's (community { placeCertificate }) or a neighborhood's (neighborhood { placeCertificate }).",
  })
  @Length(1, 1000, { message: 'certificate must be the value read from the place\'s placeCertificate' })
  certificate!: string;
}

export function placeColumns(input: PlacePathInput, ctx: Pick<RequestContext, 'readPlaceCertificate'>): PlacePath<'community'> {
  return ctx.readPlaceCertificate(input.certificate);
}
