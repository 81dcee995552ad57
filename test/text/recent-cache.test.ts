import {describe, expect, it} from 'vitest'
import {documentCache, RecentCache, startDocument} from '../../src/text/recent-cache.js'

describe('RecentCache', () => {
  it('computes a value once while it is recent', () => {
    const calls: string[] = []
    const cache = new RecentCache<string, number>(2)
    const length = (key: string): number => (calls.push(key), key.length)
    expect(cache.get('ab', length)).toBe(2)
    expect(cache.get('ab', length)).toBe(2)
    expect(calls).toEqual(['ab'])
  })

  it('keeps the last generation when the newer fills, and forgets the one before', () => {
    const calls: string[] = []
    const cache = new RecentCache<string, string>(2)
    const upper = (key: string): string => (calls.push(key), key.toUpperCase())
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.get(key, upper)
    // a and b became the older generation when c arrived, and went when e arrived.
    calls.length = 0
    expect(cache.get('c', upper)).toBe('C')
    expect(cache.get('e', upper)).toBe('E')
    expect(calls).toEqual([])
    expect(cache.get('a', upper)).toBe('A')
    expect(calls).toEqual(['a'])
  })

  it('a value read from the older generation moves to the newer one', () => {
    const calls: string[] = []
    const cache = new RecentCache<string, string>(2)
    const same = (key: string): string => (calls.push(key), key)
    for (const key of ['a', 'b', 'c']) cache.get(key, same)
    cache.get('a', same)
    for (const key of ['d', 'e']) cache.get(key, same)
    calls.length = 0
    cache.get('a', same)
    expect(calls).toEqual([])
  })

  it('remembers undefined and null results too', () => {
    let calls = 0
    const cache = new RecentCache<string, string | null | undefined>(4)
    const nothing = (key: string): null | undefined => (calls++, key === 'null' ? null : undefined)
    for (const key of ['null', 'undefined', 'null', 'undefined']) cache.get(key, nothing)
    expect(calls).toBe(2)
  })

  it('forgets everything when cleared', () => {
    const calls: string[] = []
    const cache = new RecentCache<string, string>(4)
    const same = (key: string): string => (calls.push(key), key)
    for (const key of ['a', 'b', 'c']) cache.get(key, same)
    cache.clear()
    cache.get('a', same)
    expect(calls).toEqual(['a', 'b', 'c', 'a'])
  })
})

describe('documentCache', () => {
  it('remembers within a document and forgets when the next one starts', () => {
    const calls: string[] = []
    const cache = documentCache<string, string>(4)
    const words = new RecentCache<string, string>(4)
    const same = (key: string): string => (calls.push(key), key)
    cache.get('dòng một', same)
    cache.get('dòng một', same)
    words.get('một', same)
    expect(calls).toEqual(['dòng một', 'một'])
    startDocument()
    cache.get('dòng một', same)
    // A table made with `new RecentCache` holds across documents.
    words.get('một', same)
    expect(calls).toEqual(['dòng một', 'một', 'dòng một'])
  })
})
