import { placementProblem } from './unit-placement';

describe('placementProblem (a new unit is never above its parent nor outside its division)', () => {
  const underCountyBureau = { parentLevel: 'county' as const, nearestDivisionCode: '652324' };

  it('refuses a province-level unit under a county bureau, and any level above the parent', () => {
    expect(placementProblem({ level: 'province' }, underCountyBureau)).toMatch(
      /under a county-level unit cannot be at the province level/,
    );
    expect(
      placementProblem({ level: 'prefecture' }, { parentLevel: 'county', nearestDivisionCode: null }),
    ).toMatch(/cannot be at the prefecture level/);
  });

  it('puts a government under a government only (not under a bureau or an office)', () => {
    const county = { level: 'county' as const, kind: 'government' as const };
    expect(
      placementProblem(county, {
        parentLevel: 'prefecture',
        parentKind: 'department',
        nearestDivisionCode: null,
      }),
    ).toMatch(/not under a department/);
    expect(
      placementProblem(county, {
        parentLevel: 'prefecture',
        parentKind: 'rule_of_law_office',
        nearestDivisionCode: null,
      }),
    ).toMatch(/not under a rule_of_law_office/);
    expect(
      placementProblem(county, {
        parentLevel: 'prefecture',
        parentKind: 'government',
        nearestDivisionCode: null,
      }),
    ).toBeNull();
    // A bureau under a government, as ever.
    expect(
      placementProblem(
        { level: 'county', kind: 'department' },
        { parentLevel: 'county', parentKind: 'government', nearestDivisionCode: null },
      ),
    ).toBeNull();
  });

  it('accepts the same level or below', () => {
    expect(placementProblem({ level: 'county' }, underCountyBureau)).toBeNull();
    expect(placementProblem({ level: 'township' }, underCountyBureau)).toBeNull();
    expect(
      placementProblem({ level: 'province' }, { parentLevel: 'province', nearestDivisionCode: '65' }),
    ).toBeNull();
  });

  it('refuses a division code outside the nearest one above, in either spelling of codes', () => {
    expect(
      placementProblem(
        { level: 'province', divisionCode: '11' },
        { parentLevel: 'province', nearestDivisionCode: '65' },
      ),
    ).toMatch(/divisionCode 11 is not inside 65/);
    expect(
      placementProblem(
        { level: 'county', divisionCode: '654002' },
        { parentLevel: 'prefecture', nearestDivisionCode: '652300' },
      ),
    ).toMatch(/must start with 6523/);
  });

  it('accepts a code inside the one above (short or six-digit), and any code where none is above', () => {
    const prefecture = { parentLevel: 'prefecture' as const, nearestDivisionCode: '652300' };
    expect(placementProblem({ level: 'county', divisionCode: '652323' }, prefecture)).toBeNull();
    expect(
      placementProblem(
        { level: 'county', divisionCode: '652323' },
        { parentLevel: 'prefecture', nearestDivisionCode: '6523' },
      ),
    ).toBeNull();
    expect(
      placementProblem(
        { level: 'county', divisionCode: '652323' },
        { parentLevel: 'province', nearestDivisionCode: null },
      ),
    ).toBeNull();
  });
});
