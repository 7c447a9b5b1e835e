import { hiddenFactScalars, isObject, textsOf } from './hidden-fact-scalar.js';

/** The organisations a post can be held in, by the entity type that represents each in the supergraph. */
export const POST_ORGANIZATION_TYPES = ['PartyOrganization', 'PropertyCompany', 'OwnersCommittee', 'JointBuildingUnit', 'Community'] as const;
export type PostOrganizationType = (typeof POST_ORGANIZATION_TYPES)[number];

/**
 * One post a person holds, as the subgraph that keeps it summarises it for `Person.posts` (人员任职). Each of
 * `property`, `owners` and `cobuilding` contributes an `@inaccessible` list of these to `Person` (only the posts the
 * caller may see); the party subgraph requires them and merges them with its own posts and cross-appointments into
 * one list. Defined once here so every subgraph declares the same scalar (hidden-fact-scalar.ts).
 */
export interface PostSummary {
  /** The post record in its own subgraph. */
  postId: string;
  /** Entity type of the organisation. */
  organizationType: PostOrganizationType;
  /** The organisation. */
  organizationId: string;
  /** Stable code of the post kind in its subgraph, e.g. PROJECT_MANAGER or DIRECTOR. */
  kind: string;
  /** Title in Chinese, e.g. 项目经理 or 业委会主任. */
  title: string;
  /** First day (YYYY-MM-DD), where known. */
  since: string | null;
  /** Last day (YYYY-MM-DD); null while open-ended. */
  until: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayOrNull = (value: unknown): value is string | null => value === null || (typeof value === 'string' && DAY.test(value));

export const PostSummaryScalar = hiddenFactScalars<PostSummary>(
  'PostSummary',
  'A post held in one organisation, summarised for Person.posts (任职摘要): { postId, organizationType, organizationId, kind, title, since, until }.',
  (value) => {
    if (!isObject(value)) return 'it must be an object.';
    const texts = textsOf(value, ['postId', 'organizationId', 'kind', 'title'] as const);
    if (typeof texts === 'string') return texts;
    const organizationType = value.organizationType as PostOrganizationType;
    if (!POST_ORGANIZATION_TYPES.includes(organizationType)) return `organizationType must be one of ${POST_ORGANIZATION_TYPES.join(', ')}.`;
    const since = value.since ?? null;
    const until = value.until ?? null;
    if (!dayOrNull(since) || !dayOrNull(until)) return 'since and until must be days (YYYY-MM-DD) or null.';
    return { postId: texts.postId, organizationType, organizationId: texts.organizationId, kind: texts.kind, title: texts.title, since, until };
  },
);
