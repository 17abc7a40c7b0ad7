import { jointReportLabel } from './jointReport';

describe('jointReportLabel', () => {
  it('names a county’s joint report 联合报告（县委、县政府）', () => {
    expect(
      jointReportLabel({
        unit: { id: 'g', name: '呼图壁县人民政府' },
        unitLevel: 'county',
        coReportingUnit: { id: 'p', name: '中共呼图壁县委员会' },
      }),
    ).toBe('联合报告（县委、县政府）');
  });

  it('uses the place’s own word for a prefecture', () => {
    expect(
      jointReportLabel({
        unit: { id: 'g', name: '昌吉回族自治州' },
        unitLevel: 'prefecture',
        coReportingUnit: { id: 'p', name: '昌吉州委' },
      }),
    ).toBe('联合报告（州委、州政府）');
  });

  it('names a township’s 镇党委、镇政府, not the county’s', () => {
    expect(
      jointReportLabel({
        unit: { id: 'g', name: '呼图壁县石梯子镇' },
        unitLevel: 'township',
        coReportingUnit: { id: 'p', name: '中共呼图壁县石梯子镇委员会' },
      }),
    ).toBe('联合报告（镇党委、镇政府）');
    expect(
      jointReportLabel({
        unit: { id: 'g', name: '呼图壁县五工台乡人民政府' },
        unitLevel: 'township',
        coReportingUnit: { id: 'p', name: '乡党委' },
      }),
    ).toBe('联合报告（乡党委、乡政府）');
  });

  it('reads the place past a tag after its name, and falls back on the level (a walk, stop 50)', () => {
    expect(
      jointReportLabel({
        unit: { id: 'g', name: '大丰镇p33' },
        unitLevel: 'township',
        coReportingUnit: { id: 'p', name: '中共大丰镇p33委员会' },
      }),
    ).toBe('联合报告（镇党委、镇政府）');
    expect(
      jointReportLabel({
        unit: { id: 'g', name: '大丰' },
        unitLevel: 'township',
        coReportingUnit: { id: 'p', name: '大丰党委' },
      }),
    ).toBe('联合报告（乡党委、乡政府）');
  });

  it('says nothing for a unit reporting alone', () => {
    expect(
      jointReportLabel({
        unit: { id: 'b', name: '呼图壁县交通运输局' },
        unitLevel: 'county',
        coReportingUnit: null,
      }),
    ).toBeNull();
  });
});
