import { FieldResolver, Resolver, Root } from 'type-graphql';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';
import { matterWeight } from './matter-category.js';
import { OwnersThreshold } from '../tally/owners-threshold.type.js';
import type { Threshold } from '../tally/thresholds.js';

/** The thresholds fixed on a motion when its assembly was convened (the local rules then in force), readable before closing. */
@Resolver(() => OwnersMotion)
export class MotionThresholdsResolver {
  @FieldResolver(() => OwnersThreshold, {
    nullable: true,
    description: 'The quorum this motion is decided by, fixed at convening from the rules then in force (参与表决比例); null for motions convened before it was stored.',
  })
  quorumThreshold(@Root() motion: OwnersMotion): Threshold | null {
    return motion.thresholds?.quorum ?? null;
  }

  @FieldResolver(() => OwnersThreshold, {
    nullable: true,
    description: 'The approval this motion is decided by, fixed at convening from the rules then in force (通过比例); null for motions convened before it was stored.',
  })
  approvalThreshold(@Root() motion: OwnersMotion): Threshold | null {
    if (!motion.thresholds) return null;
    return matterWeight(motion.category) === 'SPECIAL' ? motion.thresholds.special : motion.thresholds.ordinary;
  }
}
