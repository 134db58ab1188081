import { describe, expect, it } from 'vitest';
import { isNonPublicAddress } from '../../src/library/address.ts';

describe('isNonPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '0.0.0.0', '100.64.0.1', '224.0.0.1', '239.255.255.250', '255.255.255.255', '198.18.0.1', '192.0.2.5',
    '192.31.196.1', '192.52.193.1', '192.175.48.1', '192.88.99.1', '198.51.100.7', '203.0.113.9', '240.0.0.1',
  ])('refuses IPv4 %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.15.255.255', '172.32.0.1', '100.128.0.1', '93.184.216.34', '169.253.0.1'])(
    'allows public IPv4 %s',
    (address) => {
      expect(isNonPublicAddress(address)).toBe(false);
    },
  );

  it.each([
    '::', '::1', '[::1]', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:127.0.0.1',
    '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:192.168.0.1', '64:ff9b::a00:1', '2002:c0a8:101::1', '2001:db8::1', '::127.0.0.1',
    // issue 10, finding 5: local-use NAT64, SIIT, Teredo, and the rest of what is not global unicast
    '64:ff9b:1::a00:1', '64:ff9b:1::808:808', '::ffff:0:a00:1', '::ffff:0:808:808', '::ffff:0:127.0.0.1',
    '2001::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', '2001:2::1', '2001:10::1', '2001:20::1', '3fff::1',
    '100::1', '5f00::1', '4000::1', 'fec0::1', '2002:a00:1::1', '2002:7f00:1::1', '64:ff9b::7f00:1',
  ])('refuses IPv6 %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each(['2606:4700:4700::1111', '2001:4860:4860::8888', '::ffff:8.8.8.8', '2a00:1450:4009:80b::200e', '64:ff9b::808:808', '2002:808:808::1', '2400:cb00::1'])(
    'allows public IPv6 %s',
    (address) => {
      expect(isNonPublicAddress(address)).toBe(false);
    },
  );

  it('treats anything that is not an IP address as not public', () => {
    expect(isNonPublicAddress('localhost')).toBe(true);
    expect(isNonPublicAddress('')).toBe(true);
    expect(isNonPublicAddress('1.2.3')).toBe(true);
  });
});
