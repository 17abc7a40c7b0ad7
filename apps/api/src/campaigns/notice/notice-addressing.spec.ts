import { defaultNoticeAddressing } from './notice-addressing';

const changji = { name: '昌吉回族自治州', kind: 'government', level: 'prefecture' } as const;
const county = (name: string) => ({ name, kind: 'government', level: 'county' }) as const;
const prefectureBody = (name: string, kind = 'department' as const) =>
  ({ name, kind, level: 'prefecture' }) as const;

describe('the default 主送 and 抄送 of a 通报', () => {
  it('addresses the counties’ offices and the prefecture’s departments, copying 州委 and 州政府', () => {
    expect(
      defaultNoticeAddressing({
        issuer: changji,
        targets: [
          county('昌吉市'),
          county('呼图壁县'),
          county('玛纳斯县'),
          county('阜康市'),
          county('奇台县'),
          prefectureBody('昌吉州交通运输局'),
          { name: '昌吉州司法局', kind: 'justice_bureau', level: 'prefecture' },
        ],
      }),
    ).toEqual({
      addressees: ['各县（市）依法治县（市）办', '州直各部门'],
      copiesTo: ['州委', '州政府'],
    });
  });

  it('groups a county’s departments as 县直各部门, copying 县委 and 县政府; says 县 alone when no county is a 市', () => {
    expect(
      defaultNoticeAddressing({
        issuer: { name: '呼图壁县依法治县办', kind: 'rule_of_law_office', level: 'county' },
        targets: [
          { name: '呼图壁县财政局', kind: 'department', level: 'county' },
          { name: '呼图壁县交通运输局', kind: 'department', level: 'county' },
        ],
      }),
    ).toEqual({ addressees: ['县直各部门'], copiesTo: ['县委', '县政府'] });
    expect(
      defaultNoticeAddressing({ issuer: changji, targets: [county('奇台县'), county('玛纳斯县')] })
        .addressees,
    ).toEqual(['各县依法治县办']);
  });

  it('names a few units outside the groups and calls many of them 各有关单位', () => {
    const party = { name: '昌吉州委', kind: 'party_committee', level: 'prefecture' } as const;
    expect(defaultNoticeAddressing({ issuer: changji, targets: [party] }).addressees).toEqual(['昌吉州委']);
    const strangers = Array.from({ length: 6 }, (_, i) => ({ ...party, name: `单位${i}` }));
    expect(defaultNoticeAddressing({ issuer: changji, targets: strangers }).addressees).toEqual([
      '各有关单位',
    ]);
    expect(defaultNoticeAddressing({ issuer: changji, targets: [] }).addressees).toEqual(['各有关单位']);
  });

  it('names 自治区党委 and 自治区人民政府 for an autonomous region, and copies no one for a department', () => {
    expect(
      defaultNoticeAddressing({
        issuer: { name: '新疆维吾尔自治区', kind: 'government', level: 'province' },
        targets: [{ name: '昌吉回族自治州', kind: 'government', level: 'prefecture' }],
      }),
    ).toEqual({ addressees: ['各州依法治州办'], copiesTo: ['自治区党委', '自治区人民政府'] });
    expect(
      defaultNoticeAddressing({
        issuer: prefectureBody('昌吉州交通运输局'),
        targets: [{ name: '奇台县交通运输局', kind: 'department', level: 'county' }],
      }),
    ).toEqual({ addressees: ['奇台县交通运输局'], copiesTo: [] });
  });

  it('addresses townships’ governments, names a government as its 公文 does, and does not copy one it addresses (stop 57)', () => {
    expect(
      defaultNoticeAddressing({
        issuer: { name: '呼图壁县依法治县办', kind: 'rule_of_law_office', level: 'county' },
        targets: [
          { name: '呼图壁县大丰镇', kind: 'government', level: 'township' },
          { name: '呼图壁县交通运输局', kind: 'department', level: 'county' },
          { name: '呼图壁县', kind: 'government', level: 'county' },
        ],
      }),
    ).toEqual({ addressees: ['各镇人民政府', '县直各部门', '呼图壁县人民政府'], copiesTo: ['县委'] });
  });
});
