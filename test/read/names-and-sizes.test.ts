/**
 * The two small pieces of reading that issue 19 added: file names as they are printed (bytes that are not
 * UTF-8 and control characters escaped, printable names unchanged) and sizes as `--max-size` takes them.
 */
import {describe, expect, it} from 'vitest'
import {namedPath, printableName} from '../../src/read/file-name.js'
import {formatSize, parseSize} from '../../src/read/size.js'

const bytes = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'))

describe('printableName', () => {
  it('leaves a printable name as it is, Vietnamese included', () => {
    expect(printableName('thông báo/số 12.txt')).toBe('thông báo/số 12.txt')
    expect(printableName(new TextEncoder().encode('thông báo.txt'))).toBe('thông báo.txt')
  })

  it('escapes bytes that are not UTF-8, and keeps the valid sequences around them', () => {
    expect(printableName(bytes('caf\xe9.txt'))).toBe('caf\\xE9.txt')
    // An overlong "/", a lone continuation byte, a surrogate, a cut sequence.
    expect(printableName(bytes('a\xc0\xafb\x80c\xed\xa0\x80d\xe1\x80'))).toBe('a\\xC0\\xAFb\\x80c\\xED\\xA0\\x80d\\xE1\\x80')
    expect(printableName(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))).toBe('\uFEFFa')
  })

  it('escapes control characters and line separators, which could forge a line or drive a terminal', () => {
    expect(printableName('a\n::error::x\r\u001B[2J\u0007\u0085\u2028.txt')).toBe('a\\x0A::error::x\\x0D\\x1B[2J\\x07\\x85\\u2028.txt')
  })

  it('says where a file is when its printable name does not', () => {
    expect(namedPath('a.txt')).toEqual({file: 'a.txt'})
    expect(namedPath('a\nb.txt')).toEqual({file: 'a\\x0Ab.txt', path: 'a\nb.txt'})
    expect(namedPath(bytes('caf\xe9.txt'))).toEqual({file: 'caf\\xE9.txt', path: bytes('caf\xe9.txt')})
    expect(namedPath(new TextEncoder().encode('café.txt'))).toEqual({file: 'café.txt'})
  })
})

describe('sizes', () => {
  it('reads bytes and binary units', () => {
    expect(['100', '10K', '10k', '10KiB', '10kb', '1.5M', '64MiB', '1G', '2 M'].map(parseSize)).toEqual([
      100,
      10_240,
      10_240,
      10_240,
      10_240,
      1_572_864,
      67_108_864,
      1_073_741_824,
      2_097_152
    ])
  })

  it('refuses what is not a size', () => {
    expect(['', '0', '10X', '-1', 'M', '1e9', '0.1'].map(parseSize)).toEqual([null, null, null, null, null, null, null])
  })

  it('writes sizes for messages', () => {
    expect([1, 1000, 65_536, 67_108_864, 1_572_864, 3 * 1024 ** 3].map(formatSize)).toEqual(['1 byte', '1000 bytes', '64 KiB', '64 MiB', '1.5 MiB', '3 GiB'])
  })
})
