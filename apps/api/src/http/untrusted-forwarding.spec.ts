import { untrustedForwardingWarning } from './untrusted-forwarding';

describe('the warning about an unnamed proxy', () => {
  it('speaks when the header comes and no proxy is trusted', () => {
    expect(untrustedForwardingWarning([], '203.0.113.7')).toMatch(/TRUST_PROXY=none.*set TRUST_PROXY/);
  });

  it('stays silent when a proxy is named or no header comes', () => {
    expect(untrustedForwardingWarning(['loopback'], '203.0.113.7')).toBeNull();
    expect(untrustedForwardingWarning([], undefined)).toBeNull();
    expect(untrustedForwardingWarning([], ' ')).toBeNull();
  });
});
