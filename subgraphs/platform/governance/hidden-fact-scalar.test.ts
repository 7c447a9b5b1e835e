import { GraphQLError } from 'graphql';
import { MatterStageFactsScalar } from './matter-stage-facts.js';
import { MatterServiceCountScalar } from './matter-service-count.js';
import { PostSummaryScalar } from './post-summary.js';

const COUNTS = { linked: 2, pending: 1, completed: 1, evaluated: 0, failed: 0 };
const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return { message: (error as GraphQLError).message, code: (error as GraphQLError).extensions.code };
  }
  return null;
};

describe('hidden facts as scalars', () => {
  it('declares the scalar @inaccessible where the facts are resolved and plainly where they are required', () => {
    for (const scalars of [MatterStageFactsScalar, MatterServiceCountScalar, PostSummaryScalar]) {
      expect(scalars.hidden.extensions.directives).toEqual({ inaccessible: {} });
      expect(scalars.external.extensions.directives).toBeUndefined();
      expect(scalars.external.name).toBe(scalars.hidden.name);
    }
  });

  it('sends only the kind\'s own properties, checked', () => {
    expect(MatterStageFactsScalar.hidden.serialize({ ...COUNTS, attestation: 'signed', __typename: 'X', secret: 1 })).toEqual({ ...COUNTS, attestation: 'signed' });
    expect(MatterServiceCountScalar.hidden.serialize({ matterId: 'm', ...COUNTS, extra: true })).toEqual({ matterId: 'm', ...COUNTS });
    const post = { postId: 'p', organizationType: 'OwnersCommittee', organizationId: 'o', kind: 'DIRECTOR', title: '业委会主任', since: '2026-01-01', until: null };
    expect(PostSummaryScalar.hidden.serialize({ ...post, personId: 'x' })).toEqual(post);
    expect(PostSummaryScalar.hidden.serialize({ ...post, since: undefined })).toEqual({ ...post, since: null });
  });

  it('refuses malformed values without quoting them: a server fault on output, bad input otherwise', () => {
    expect(thrown(() => MatterStageFactsScalar.hidden.serialize({ ...COUNTS, linked: -1, attestation: 'signed' }))).toEqual({
      message: 'A MatterStageFacts value is malformed: linked must be a non-negative integer.',
      code: 'INTERNAL_SERVER_ERROR',
    });
    expect(thrown(() => MatterStageFactsScalar.hidden.serialize(COUNTS))).toEqual({ message: 'A MatterStageFacts value is malformed: attestation must be a non-empty string.', code: 'INTERNAL_SERVER_ERROR' });
    expect(thrown(() => MatterServiceCountScalar.external.parseValue('x'))).toEqual({ message: 'A MatterServiceCount value is malformed: it must be an object.', code: 'BAD_USER_INPUT' });
    expect(thrown(() => PostSummaryScalar.hidden.serialize({ postId: 'p', organizationType: 'Elsewhere', organizationId: 'o', kind: 'k', title: 't', since: null, until: null }))).toEqual({
      message: 'A PostSummary value is malformed: organizationType must be one of PartyOrganization, PropertyCompany, OwnersCommittee, JointBuildingUnit, Community.',
      code: 'INTERNAL_SERVER_ERROR',
    });
    expect(thrown(() => PostSummaryScalar.hidden.serialize({ postId: 'p', organizationType: 'Community', organizationId: 'o', kind: 'k', title: 't', since: 'soon', until: null }))).toEqual({
      message: 'A PostSummary value is malformed: since and until must be days (YYYY-MM-DD) or null.',
      code: 'INTERNAL_SERVER_ERROR',
    });
  });
});
