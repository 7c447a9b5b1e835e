import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';

@ObjectType('OwnersNeighborhoodConnection', { description: 'A page of neighborhoods (小区列表).' })
export class OwnersNeighborhoodConnection extends Connection(NeighborhoodStub) {}

@ObjectType('OwnersCommitteeConnection', { description: "A page of owners' committees (业委会列表)." })
export class OwnersCommitteeConnection extends Connection(OwnersCommittee) {}

@ObjectType('OwnersEventCounts', { description: "Counts of owners' events in an area over a period (业主大会活动统计), within what you may read." })
export class OwnersEventCounts {
  @Field(() => Date, { nullable: true, description: 'The period from (inclusive); null: open (起).' })
  from!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The period to (exclusive); null: open (止).' })
  to!: Date | null;

  @Field(() => Int, { description: 'Assemblies whose notice was given in the period (召开业主大会), cancelled ones included.' })
  assembliesConvened!: number;

  @Field(() => Int, { description: 'Motions put to an assembly in the period (表决事项).' })
  motionsPut!: number;

  @Field(() => Int, { description: 'Resolutions decided in the period, corrections not counted again (形成决议).' })
  resolutionsDecided!: number;

  @Field(() => Int, { description: 'Of those, PASSED (通过).' })
  resolutionsPassed!: number;
}
