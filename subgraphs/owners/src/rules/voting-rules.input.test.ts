import { validate } from 'class-validator';
import { AdoptOwnersStreetVotingRulesInput, AdoptOwnersVotingRulesInput } from './voting-rules.input.js';

/** Every constraint message of an input, by property, as type-graphql reports them. */
async function problems(input: object): Promise<Record<string, string[]>> {
  const errors = await validate(input, { forbidUnknownValues: false });
  return Object.fromEntries(errors.map((error) => [error.property, Object.values(error.constraints ?? {})]));
}

describe('the district and street voting-rules inputs (one set of fields)', () => {
  it('each validate their own area id and the shared fields alike', async () => {
    const shared = { name: 'x', source: 'y', effectiveFrom: 'soon', rules: [] };
    expect(await problems(Object.assign(new AdoptOwnersVotingRulesInput(), { districtId: 'nope', ...shared }))).toEqual({
      districtId: ['districtId must be an id'],
      name: ['name must be 2 to 200 characters long'],
      source: ['source must be 2 to 500 characters long'],
      effectiveFrom: ['effectiveFrom must be a date-time'],
      rules: ['rules must name at least one category'],
    });
    expect(await problems(Object.assign(new AdoptOwnersStreetVotingRulesInput(), { streetId: 'nope', ...shared }))).toEqual({
      streetId: ['streetId must be an id'],
      name: ['name must be 2 to 200 characters long'],
      source: ['source must be 2 to 500 characters long'],
      effectiveFrom: ['effectiveFrom must be a date-time'],
      rules: ['rules must name at least one category'],
    });
  });

  it('do not check each other\'s area field', async () => {
    const valid = { name: '规则', source: '条例', effectiveFrom: new Date(), rules: [{ category: 'RULES_OF_PROCEDURE' }] };
    expect(await problems(Object.assign(new AdoptOwnersVotingRulesInput(), { districtId: '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42', ...valid }))).toEqual({});
    expect(await problems(Object.assign(new AdoptOwnersStreetVotingRulesInput(), { streetId: '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42', ...valid }))).toEqual({});
  });
});
