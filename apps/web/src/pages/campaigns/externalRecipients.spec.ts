import { externalOptions, externalValue, recipientName, splitRecipients } from './externalRecipients';

describe('recipients outside the tree in the issuing form', () => {
  const units = [{ id: '0f7c1b9e-8a51-4d1e-9f43-3c2b1a0d9e87', name: '自治区党委' }];

  it('sends units as 主送 ids and bodies as external, keeping each list’s order', () => {
    expect(
      splitRecipients([
        externalValue('party_central_committee'),
        units[0].id,
        externalValue('state_council'),
      ]),
    ).toEqual({ units: [units[0].id], bodies: ['party_central_committee', 'state_council'] });
    expect(splitRecipients(undefined)).toEqual({ units: [], bodies: [] });
  });

  it('names bodies as the 公文 prints them, units by their name', () => {
    expect(recipientName(units, externalValue('central_rule_of_law_office'))).toBe('中央依法治国办');
    expect(recipientName(units, units[0].id)).toBe('自治区党委');
  });

  it('offers every body the regulation names', () => {
    expect(externalOptions.map((o) => o.label)).toEqual([
      '党中央',
      '国务院',
      '中央依法治国办',
      '国务院有关部门',
    ]);
  });
});
