import { campaignChainRules, missingUnder } from './campaign-chain-rules';
import { definitionForUnit } from './chain-rules';
import { SHORT_DEFINITION } from './default-definition';
import {
  DEFAULT_DEFINITION_V2,
  DIVISION_LEADER_DEFINITION,
  DIVISION_LEADER_NO_LEGAL_DEFINITION,
  NO_LEGAL_REVIEW_DEFINITION,
} from './deliberation-chain';

const ALL = { deliberation: true, legalReview: true, signOff: true };

describe('a campaign’s stored chain rules (内部审核流程要求)', () => {
  it('default: the safeguards of the campaign’s own path, as before rules were stored', () => {
    expect(campaignChainRules({ definition: DEFAULT_DEFINITION_V2 })).toEqual({ ok: true, rules: ALL });
    expect(campaignChainRules({ definition: NO_LEGAL_REVIEW_DEFINITION })).toEqual({
      ok: true,
      rules: { deliberation: true, legalReview: false, signOff: true },
    });
    // A legacy path without sign-off keeps what it has: only a stated rule is held to the floor.
    expect(campaignChainRules({ definition: SHORT_DEFINITION })).toEqual({
      ok: true,
      rules: { deliberation: true, legalReview: false, signOff: false },
    });
  });

  it('the issuer may leave 法律顾问审查 to the unit', () => {
    expect(campaignChainRules({ definition: DEFAULT_DEFINITION_V2, stated: { legalReview: false } })).toEqual(
      {
        ok: true,
        rules: { deliberation: true, legalReview: false, signOff: true },
      },
    );
  });

  it('never below the regulation’s floor: 集体审议 and 签发 cannot be switched off, each refusal names its field', () => {
    const refused = campaignChainRules({
      definition: DEFAULT_DEFINITION_V2,
      stated: { deliberation: false, legalReview: false, signOff: false },
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems.map((p) => p.field)).toEqual(['chainRules.deliberation', 'chainRules.signOff']);
    expect(refused.problems[0].message).toContain('集体审议 cannot be switched off');
  });

  it('refuses to require a stage the campaign’s own path lacks: its reports would have no chain to fall back on', () => {
    const refused = campaignChainRules({
      definition: NO_LEGAL_REVIEW_DEFINITION,
      stated: { legalReview: true },
    });
    expect(refused).toEqual({
      ok: false,
      problems: [
        {
          field: 'chainRules.legalReview',
          message: expect.stringContaining('without-legal-review v1 has no 法律顾问审查'),
        },
      ],
    });
  });

  it('a cascade inherits the rules above and may add to them, never drop them', () => {
    const above = { deliberation: true, legalReview: false, signOff: true };
    expect(campaignChainRules({ definition: DEFAULT_DEFINITION_V2, inherited: above })).toEqual({
      ok: true,
      rules: above,
    });
    expect(
      campaignChainRules({
        definition: DEFAULT_DEFINITION_V2,
        inherited: above,
        stated: { legalReview: true },
      }),
    ).toEqual({ ok: true, rules: ALL });
    const dropped = campaignChainRules({
      definition: DEFAULT_DEFINITION_V2,
      inherited: ALL,
      stated: { legalReview: false },
    });
    expect(dropped.ok || dropped.problems.map((p) => p.field)).toEqual(['chainRules.legalReview']);
  });
});

describe('the unit’s chain under a campaign’s stored rules', () => {
  it('a campaign requiring 法律顾问审查 gives a unit whose chain skips it the campaign’s path', () => {
    expect(definitionForUnit(DEFAULT_DEFINITION_V2, NO_LEGAL_REVIEW_DEFINITION, ALL)).toBe(
      DEFAULT_DEFINITION_V2,
    );
    expect(missingUnder(NO_LEGAL_REVIEW_DEFINITION, ALL)).toEqual(['legalReview']);
  });

  it('one not requiring it gives the unit its own chain, though the campaign’s path has the stage', () => {
    const rules = { deliberation: true, legalReview: false, signOff: true };
    expect(definitionForUnit(DEFAULT_DEFINITION_V2, NO_LEGAL_REVIEW_DEFINITION, rules)).toBe(
      NO_LEGAL_REVIEW_DEFINITION,
    );
    expect(definitionForUnit(DEFAULT_DEFINITION_V2, DIVISION_LEADER_NO_LEGAL_DEFINITION, rules)).toBe(
      DIVISION_LEADER_NO_LEGAL_DEFINITION,
    );
    expect(missingUnder(DIVISION_LEADER_DEFINITION, rules)).toEqual([]);
  });
});
