import { writtenMissing } from './writtenAddressee';

describe('writtenMissing (the warning on a typed 主送 line)', () => {
  it('names the recipients the typed line leaves out', () => {
    expect(writtenMissing({ main: ['州委', '州政府'], writtenInText: '县委、县人大常委会：' })).toEqual([
      '州委',
      '州政府',
    ]);
    expect(
      writtenMissing({ main: ['玛纳斯县委', '玛纳斯县人民政府'], writtenInText: '县委、县人大常委会：' }),
    ).toEqual(['玛纳斯县人民政府']);
  });

  it('takes short names and names beyond the recipients, as the regulation’s line has them', () => {
    // A walk (stop 53): a county department's line named the department above too.
    expect(
      writtenMissing({
        main: ['玛纳斯县委', '玛纳斯县人民政府'],
        writtenInText: '昌吉州交通运输局，县委、县人民政府：',
      }),
    ).toEqual([]);
    expect(
      writtenMissing({ main: ['昌吉州委', '昌吉回族自治州人民政府'], writtenInText: '州委、州政府：' }),
    ).toEqual([]);
  });

  it('says nothing when nothing is typed or nobody receives', () => {
    expect(writtenMissing({ main: ['州委', '州政府'], writtenInText: null })).toEqual([]);
    expect(writtenMissing({ main: [], writtenInText: '县委：' })).toEqual([]);
  });
});
