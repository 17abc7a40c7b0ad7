import type { LookupAddress } from 'node:dns';
import { checkOutboundUrl, parseAllowList, refusedAddressReason, resolveAndCheck } from './outbound-address';

const none = parseAllowList('');
/** A resolver that answers from a table: these tests never ask a DNS server. */
const fakeDns =
  (table: Record<string, string[]>) =>
  async (host: string): Promise<LookupAddress[]> => {
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

describe('outbound addresses (webhook SSRF guard)', () => {
  it.each([
    ['http://127.0.0.1/robot', /loopback/],
    ['http://127.1/robot', /loopback/],
    ['http://2130706433/robot', /127\.0\.0\.1 is a loopback/], // decimal
    ['http://0x7f.0.0.1/robot', /127\.0\.0\.1 is a loopback/], // hex
    ['http://0177.0.0.1/robot', /127\.0\.0\.1 is a loopback/], // octal
    ['http://[::1]/robot', /loopback/],
    ['http://[::ffff:127.0.0.1]/robot', /127\.0\.0\.1 is a loopback/], // IPv4-mapped IPv6
    ['http://[::ffff:a9fe:a9fe]/latest', /169\.254\.169\.254 is a link-local/],
    ['http://169.254.169.254/latest/meta-data', /link-local \(cloud metadata/],
    ['http://10.1.2.3/robot', /private/],
    ['http://172.16.0.1/robot', /private/],
    ['http://192.168.1.1/robot', /private/],
    ['http://100.64.0.1/robot', /carrier-grade NAT/],
    ['http://224.0.0.1/robot', /multicast/],
    ['http://0.0.0.0/robot', /unspecified/],
    ['http://0/robot', /unspecified/],
    ['http://[::]/robot', /unspecified/],
    ['http://[fd00::1]/robot', /unique-local/],
    ['http://[fe80::1]/robot', /link-local/],
    ['http://[ff02::1]/robot', /multicast/],
    ['http://255.255.255.255/robot', /broadcast/],
    ['http://[64:ff9b::7f00:1]/robot', /rfc6052/], // NAT64 around 127.0.0.1
    // Penetration test, round 15: ipaddr.js calls these "unicast".
    ['http://[::127.0.0.1]/robot', /::7f00:1 is not a global unicast/], // IPv4-compatible
    ['http://[::a00:1]/robot', /not a global unicast/], // ::10.0.0.1
    ['http://[::192.168.1.1]/robot', /not a global unicast/],
    ['http://[100::1]/robot', /not a global unicast/], // discard-only
    ['http://[64:ff9b:1::a00:1]/robot', /not a global unicast/], // local-use NAT64
    ['http://[2001:2::1]/robot', /IETF protocol/],
    ['http://[3fff::1]/robot', /documentation/],
    ['http://198.18.0.1/robot', /benchmarking/],
  ])('refuses %s at validation time', (url, reason) => {
    expect(() => checkOutboundUrl(url, none)).toThrow(reason);
    expect(() => checkOutboundUrl(url, none)).toThrow(/WEBHOOK_ALLOWED_HOSTS/);
  });

  it('refuses schemes other than http(s), internal ports of public hosts, and non-URLs', () => {
    expect(() => checkOutboundUrl('ftp://robot/x', none)).toThrow('url must be an http(s) URL');
    expect(() => checkOutboundUrl('file:///etc/passwd', none)).toThrow('url must be an http(s) URL');
    expect(() => checkOutboundUrl('not a url', none)).toThrow('url must be an http(s) URL');
    expect(() => checkOutboundUrl('http://93.184.216.34:6379/', none)).toThrow(/port 6379 is not allowed/);
    expect(() => checkOutboundUrl('https://93.184.216.34:22/', none)).toThrow(/port 22/);
  });

  it('accepts public addresses on web ports', () => {
    expect(checkOutboundUrl('https://93.184.216.34/hook', none).host).toBe('93.184.216.34');
    expect(checkOutboundUrl('http://[2001:4860:4860::8888]:8080/hook', none).host).toBe(
      '2001:4860:4860::8888',
    );
    expect(refusedAddressReason('::ffff:93.184.216.34', none)).toBeNull();
    expect(refusedAddressReason('2400:cb00:2048:1::c629:d7a2', none)).toBeNull();
    expect(refusedAddressReason('198.20.0.1', none)).toBeNull(); // just past 198.18.0.0/15
  });

  it('refuses a hostname when any address it resolves to is internal (localhost, a rebinding name)', async () => {
    const dns = fakeDns({
      localhost: ['127.0.0.1', '::1'],
      'robot.example.com': ['93.184.216.34', '10.0.0.5'],
      'qyapi.example.com': ['93.184.216.34'],
    });
    await expect(resolveAndCheck('http://localhost/robot', none, dns)).rejects.toThrow(
      /webhook host localhost is not allowed: it does not resolve to a public address/,
    );
    // The internal address a name resolves to is not told to the admin (no mapping of internal names).
    const refused = resolveAndCheck('https://robot.example.com/x', none, dns);
    await expect(refused).rejects.toThrow(/not allowed: it does not resolve to a public address/);
    await expect(refused).rejects.not.toThrow(/10\.0\.0\.5/);
    // A name that does not resolve is answered alike: which internal names exist is not told either.
    await expect(resolveAndCheck('https://nowhere.example.com/x', none, dns)).rejects.toThrow(
      /webhook host nowhere\.example\.com is not allowed: it does not resolve to a public address/,
    );
    await expect(resolveAndCheck('http://qyapi.example.com:6379/x', none, dns)).rejects.toThrow(/port 6379/);
    await expect(resolveAndCheck('https://qyapi.example.com/x', none, dns)).resolves.toMatchObject({
      host: 'qyapi.example.com',
    });
  });

  it('lets the allow-list open hostnames and networks, any port, for intranet robots', async () => {
    const allow = parseAllowList(' wecom.intranet.gov.cn , 10.8.0.0/16, 127.0.0.1,fd00::/8 ');
    const dns = fakeDns({ 'robot.intranet.gov.cn': ['10.8.3.4'], 'other.intranet.gov.cn': ['10.9.0.1'] });
    // A named host is not even resolved at save time (its address may only resolve on the worker's network).
    await expect(resolveAndCheck('http://wecom.intranet.gov.cn:8081/x', allow, dns)).resolves.toMatchObject({
      allowListed: true,
    });
    await expect(resolveAndCheck('http://robot.intranet.gov.cn:9000/x', allow, dns)).resolves.toBeTruthy();
    await expect(resolveAndCheck('http://other.intranet.gov.cn/x', allow, dns)).rejects.toThrow(
      /other\.intranet\.gov\.cn is not allowed/,
    );
    expect(checkOutboundUrl('http://127.0.0.1:3456/robot', allow).allowListed).toBe(true);
    expect(checkOutboundUrl('http://[::ffff:127.0.0.1]:3456/robot', allow).allowListed).toBe(true);
    expect(checkOutboundUrl('http://[fd00::5]/robot', allow).allowListed).toBe(true);
    expect(() => checkOutboundUrl('http://127.0.0.2/robot', allow)).toThrow(/loopback/);
  });
});
