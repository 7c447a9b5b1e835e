import { registerEnumType } from 'type-graphql';
import { conflict } from '../../../platform/errors/error-codes.js';

export enum StarRatingStatus {
  APPLIED = 'APPLIED',
  ASSESSED = 'ASSESSED',
  APPROVED = 'APPROVED',
}

registerEnumType(StarRatingStatus, {
  name: 'PartyStarRatingStatus',
  description: 'Stage of a star rating (星级评定进度).',
  valuesConfig: {
    APPLIED: { description: 'The branch has applied (支部申报).' },
    ASSESSED: { description: 'The basic-level committee has assessed (基层党委考评).' },
    APPROVED: { description: 'The county has approved (县级审定); final.' },
  },
});

export enum StarRatingDecision {
  RETURNED = 'RETURNED',
  REJECTED = 'REJECTED',
}

registerEnumType(StarRatingDecision, {
  name: 'PartyStarRatingDecision',
  description: "The rater's refusal of an application at its step (评定退回/不予通过).",
  valuesConfig: {
    RETURNED: { description: 'Returned to the branch to improve and apply again for the same year (退回).' },
    REJECTED: { description: 'Rejected for this year (不予通过); final.' },
  },
});

export type StarRatingStep = 'assess' | 'approve';

const REQUIRED_BEFORE: Record<StarRatingStep, StarRatingStatus> = {
  assess: StarRatingStatus.APPLIED,
  approve: StarRatingStatus.ASSESSED,
};

const REACHES: Record<StarRatingStep, StarRatingStatus> = {
  assess: StarRatingStatus.ASSESSED,
  approve: StarRatingStatus.APPROVED,
};

/** apply → assess → approve, nothing skipped or repeated: the status a step leads to, or CONFLICT. */
export function nextStarRatingStatus(current: StarRatingStatus, step: StarRatingStep): StarRatingStatus {
  if (current !== REQUIRED_BEFORE[step]) {
    throw conflict(
      `This star rating is ${current}; it can be ${step === 'assess' ? 'assessed' : 'approved'} only when ${REQUIRED_BEFORE[step]} (apply → assess → approve).`,
      { status: current },
    );
  }
  return REACHES[step];
}
