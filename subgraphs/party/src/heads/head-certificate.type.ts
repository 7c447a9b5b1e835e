import { Field, ObjectType } from 'type-graphql';
import { BuildingStub, NeighborhoodStub } from '../stubs/registry.stub.js';

@ObjectType({ description: 'The places one head covers in a neighborhood (三长分管范围).' })
export class HeadCoverageView {
  @Field(() => NeighborhoodStub, { description: 'The neighborhood (小区).' })
  neighborhood!: NeighborhoodStub;

  @Field(() => Boolean, { description: 'Whether the whole neighborhood is covered (网格长).' })
  wholeNeighborhood!: boolean;

  @Field(() => [BuildingStub], { description: 'The buildings covered (楼栋长/单元长); empty when the whole neighborhood is.' })
  buildings!: BuildingStub[];
}

@ObjectType({ description: "A signed statement of the caller's 三长 posts in force (三长身份证明), for entering residents' requests on their behalf (代办)." })
export class NeighborhoodHeadCertificate {
  @Field(() => String, { description: 'The statement, signed by the party subgraph: pass it as headCertificate to submitServiceRequestOnBehalf.' })
  certificate!: string;

  @Field(() => Date, { description: 'When it stops being accepted (有效期至): 10 minutes after it was signed, by the server clock.' })
  expiresAt!: Date;

  @Field(() => [HeadCoverageView], { description: 'What it covers, per neighborhood.' })
  coverage!: HeadCoverageView[];
}
