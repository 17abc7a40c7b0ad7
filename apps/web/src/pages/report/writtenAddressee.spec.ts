import { writtenDiffers } from './writtenAddressee';

describe('writtenDiffers (the dispatch dialog’s warning on a typed 主送 line)', () => {
  it('warns when the typed line names others than the report is sent to', () => {
    expect(writtenDiffers({ main: ['州委', '州政府'], writtenInText: '县委、县人大常委会：' })).toBe(true);
  });

  it('stays quiet when the typed line names them, or nothing is typed, or nobody receives', () => {
    expect(writtenDiffers({ main: ['州委', '州政府'], writtenInText: '州委、州政府：' })).toBe(false);
    expect(writtenDiffers({ main: ['州委', '州政府'], writtenInText: null })).toBe(false);
    expect(writtenDiffers({ main: [], writtenInText: '县委：' })).toBe(false);
  });
});
