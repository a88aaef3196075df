import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isPublicAddress, notPublicHost } from '../src/notifications/public-address.js';

describe('a public address', () => {
  test('is one on the internet, IPv4 or IPv6', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '2a00:1450:4010:c05::65', '100.128.0.1'])
      assert.ok(isPublicAddress(address), address);
  });

  test('is not this machine, the local network, the metadata service, multicast or reserved', () => {
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '0.0.0.0',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.254',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '198.18.0.1',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      'ff02::1',
      '::ffff:10.0.0.1',
      '::ffff:7f00:1',
    ])
      assert.ok(!isPublicAddress(address), address);
  });

  test('a URL names a private host however its address is written; names wait for the lookup', () => {
    assert.equal(notPublicHost('http://127.0.0.1:8080/hook'), '127.0.0.1');
    assert.equal(notPublicHost('http://2130706433/hook'), '127.0.0.1');
    assert.equal(notPublicHost('http://0x7f.1/hook'), '127.0.0.1');
    assert.equal(notPublicHost('http://[::ffff:127.0.0.1]/hook'), '::ffff:7f00:1');
    assert.equal(notPublicHost('https://8.8.8.8/hook'), undefined);
    assert.equal(notPublicHost('http://localhost/hook'), undefined);
  });
});
