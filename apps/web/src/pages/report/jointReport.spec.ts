import { jointReportLabel } from './jointReport';

describe('jointReportLabel', () => {
  it('names a county’s joint report 联合报告（县委、县政府）', () => {
    expect(
      jointReportLabel({
        unit: { id: 'g', name: '呼图壁县人民政府' },
        coReportingUnit: { id: 'p', name: '中共呼图壁县委员会' },
      }),
    ).toBe('联合报告（县委、县政府）');
  });

  it('uses the place’s own word for a prefecture', () => {
    expect(
      jointReportLabel({
        unit: { id: 'g', name: '昌吉回族自治州' },
        coReportingUnit: { id: 'p', name: '昌吉州委' },
      }),
    ).toBe('联合报告（州委、州政府）');
  });

  it('names a township’s 镇党委、镇政府, not the county’s', () => {
    expect(
      jointReportLabel({
        unit: { id: 'g', name: '呼图壁县石梯子镇' },
        coReportingUnit: { id: 'p', name: '中共呼图壁县石梯子镇委员会' },
      }),
    ).toBe('联合报告（镇党委、镇政府）');
    expect(
      jointReportLabel({
        unit: { id: 'g', name: '呼图壁县五工台乡人民政府' },
        coReportingUnit: { id: 'p', name: '乡党委' },
      }),
    ).toBe('联合报告（乡党委、乡政府）');
  });

  it('says nothing for a unit reporting alone', () => {
    expect(
      jointReportLabel({ unit: { id: 'b', name: '呼图壁县交通运输局' }, coReportingUnit: null }),
    ).toBeNull();
  });
});
