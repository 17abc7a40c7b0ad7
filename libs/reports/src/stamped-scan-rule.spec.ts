import { missingStampedScan, type ScanRequiringCampaign } from './stamped-scan-rule';

const provincial: ScanRequiringCampaign = {
  campaignId: 'c-prov',
  title: '关于报送2192年度法治政府建设情况报告的通知',
  requiresStampedScan: true,
};
const county: ScanRequiringCampaign = {
  campaignId: 'c-county',
  title: '县司法局关于报送年度报告的通知',
  requiresStampedScan: false,
};

describe('missingStampedScan (报送时须上传盖章扫描件)', () => {
  it('lets a report go when no campaign it answers requires the scan, scanned or not', () => {
    expect(missingStampedScan({ campaigns: [county], revision: 3, scannedRevisions: [] })).toBeNull();
    expect(missingStampedScan({ campaigns: [], revision: 3, scannedRevisions: [] })).toBeNull();
  });

  it('refuses without any scan, naming the campaign that requires it and the revision to scan', () => {
    expect(
      missingStampedScan({ campaigns: [county, provincial], revision: 3, scannedRevisions: [] }),
    ).toEqual({
      revision: 3,
      campaigns: [{ campaignId: 'c-prov', title: provincial.title }],
      latestScannedRevision: null,
    });
  });

  it('does not count a scan of an earlier revision: the sealed paper copy is of another text', () => {
    expect(missingStampedScan({ campaigns: [provincial], revision: 5, scannedRevisions: [2, 4, 4] })).toEqual(
      {
        revision: 5,
        campaigns: [{ campaignId: 'c-prov', title: provincial.title }],
        latestScannedRevision: 4,
      },
    );
  });

  it('accepts a scan of the revision being dispatched, whatever else was scanned', () => {
    expect(missingStampedScan({ campaigns: [provincial], revision: 5, scannedRevisions: [2, 5] })).toBeNull();
  });

  it('needs the scan when any one of several campaigns requires it', () => {
    const both = [county, { ...provincial, campaignId: 'c-city', title: '市通知' }, provincial];
    expect(missingStampedScan({ campaigns: both, revision: 1, scannedRevisions: [] })?.campaigns).toEqual([
      { campaignId: 'c-city', title: '市通知' },
      { campaignId: 'c-prov', title: provincial.title },
    ]);
  });
});
