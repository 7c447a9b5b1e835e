import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { EndPairingInput } from '../pairing/end-pairing.input.js';
import { endPairing } from '../pairing/end-pairing.service.js';
import { Need } from '../lists/need.entity.js';
import { Resource } from '../lists/resource.entity.js';
import { CloseNeedInput, UpdateResourceInput } from '../lists/list-changes.input.js';
import { closeNeed, updateResource } from '../lists/list-changes.service.js';
import { JointBuildingUnit } from './joint-building-unit.entity.js';
import { UnitPost } from './unit-post.entity.js';
import { EndUnitPostInput, UpdateJointBuildingUnitInput } from './unit-changes.input.js';
import { endUnitPost, updateJointBuildingUnit } from './unit-changes.service.js';

/** Editing and ending what units and offices already recorded (issue 16); the rules are in access/record-changes.access.ts. */
@Resolver()
export class CobuildingChangesResolver {
  @Mutation(() => JointBuildingUnit, { description: "Updates your unit's directory record (单位信息变更) at the version you read. JOINT_UNIT for itself." })
  updateJointBuildingUnit(@Arg('input', () => UpdateJointBuildingUnitInput, { description: 'What to change.' }) input: UpdateJointBuildingUnitInput, @Ctx() ctx: CobuildingContext): Promise<JointBuildingUnit> {
    return updateJointBuildingUnit(ctx, input);
  }

  @Mutation(() => UnitPost, { description: 'Ends a post held for a unit today (离任), keeping it on record with why. The JOINT_UNIT, or COMMUNITY, STREET or DISTRICT of the community served.' })
  endUnitPost(@Arg('input', () => EndUnitPostInput, { description: 'The post and why.' }) input: EndUnitPostInput, @Ctx() ctx: CobuildingContext): Promise<UnitPost> {
    return endUnitPost(ctx, input);
  }

  @Mutation(() => Pairing, { description: 'Ends a pairing in force today (终止联建): its last day becomes today; the agreed day and why are kept. The paired JOINT_UNIT, or COMMUNITY, STREET or DISTRICT of the place.' })
  endPairing(@Arg('input', () => EndPairingInput, { description: 'The pairing and why.' }) input: EndPairingInput, @Ctx() ctx: CobuildingContext): Promise<Pairing> {
    return endPairing(ctx, input);
  }

  @Mutation(() => Resource, { description: 'Edits one of your unit’s resources (资源变更) at the version you read. JOINT_UNIT for its own resources.' })
  updateCobuildingResource(@Arg('input', () => UpdateResourceInput, { description: 'What to change.' }) input: UpdateResourceInput, @Ctx() ctx: CobuildingContext): Promise<Resource> {
    return updateResource(ctx, input);
  }

  @Mutation(() => Need, { description: 'Closes an open need as met or withdrawn (关闭需求), with why; no project may be planned for it afterwards. COMMUNITY, STREET or DISTRICT of its place.' })
  closeCobuildingNeed(@Arg('input', () => CloseNeedInput, { description: 'The need, how and why.' }) input: CloseNeedInput, @Ctx() ctx: CobuildingContext): Promise<Need> {
    return closeNeed(ctx, input);
  }
}
