import { copyNotice } from './copy-notice';

const base = { unitName: '呼图壁县交通运输局', revision: 3, resent: true } as const;

describe('copyNotice (what a reader of a dispatched report is told)', () => {
  it('says 收到报告 or 抄送 for a unit’s first copy', () => {
    expect(copyNotice({ ...base, receivedAs: 'main', previousRevision: null })).toEqual({
      title: '收到报告',
      body: '呼图壁县交通运输局报送的报告（第 3 版）已报送你单位（主送），可在“收到的报告”中查阅',
    });
    expect(copyNotice({ ...base, receivedAs: 'copy', previousRevision: null }).title).toBe('抄送');
  });

  it('says 重新报送 for the same version sent again, and the same version for a campaign that asked later', () => {
    expect(copyNotice({ ...base, receivedAs: 'copy', previousRevision: 3 })).toEqual({
      title: '重新报送',
      body: '呼图壁县交通运输局报送的报告（第 3 版）再次抄送你单位，内容与此前收到的第 3 版相同，可在“收到的报告”中查阅',
    });
    expect(copyNotice({ ...base, receivedAs: 'main', previousRevision: 3, resent: false }).title).toBe(
      '收到报告',
    );
  });

  it('names the version a later one replaces', () => {
    expect(copyNotice({ ...base, receivedAs: 'main', previousRevision: 2 })).toEqual({
      title: '报告已更新',
      body: '呼图壁县交通运输局报送的报告（第 3 版）已报送你单位（主送），替换此前收到的第 2 版，可在“收到的报告”中查阅',
    });
  });

  it('tells the office that decides the receipt that its own notice asked for it, never 抄送', () => {
    expect(copyNotice({ ...base, receivedAs: 'issuer', previousRevision: null })).toEqual({
      title: '收到报告',
      body: '呼图壁县交通运输局报送的报告（第 3 版）已报送你单位（你单位下发的报送任务），可在“收到的报告”中查阅',
    });
  });
});
