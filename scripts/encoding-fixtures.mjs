#!/usr/bin/env node
/**
 * Regenerates fixtures/encodings/* from UTF-8 sources, so the legacy-encoded fixtures are reproducible:
 * `fixtures/encodings/sentences.txt` (real lines from fixtures/corpus/) and the seed notice, each written
 * in TCVN3, VNI, Windows-1258 and VISCII bytes, as legacy font codes stored as Windows-1252 characters
 * in a UTF-8 file (what copying out of an old .doc gives), in NFD, and in UTF-16 without a BOM.
 *
 * Usage: npm run build && node scripts/encoding-fixtures.mjs
 * test/read/encoding-fixtures.test.ts checks that the files on disk are what this script writes.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {legacyEncodings} from '../dist/read/legacy-encodings.js'

const directory = new URL('../fixtures/encodings/', import.meta.url)
const sources = {
  sentences: readFileSync(new URL('sentences.txt', directory), 'utf8'),
  notice: readFileSync(new URL('../fixtures/corpus/000_6f075bdf8dff8ead.txt', import.meta.url), 'utf8')
}

/** Bytes as Windows-1252 shows them, saved as UTF-8. */
const windows1252 = new TextDecoder('windows-1252')

for (const [name, text] of Object.entries(sources)) {
  for (const encoding of legacyEncodings) {
    const bytes = encoding.encode(text)
    writeFileSync(new URL(`${name}.${encoding.name}.txt`, directory), bytes)
    if (encoding.name === 'tcvn3' || encoding.name === 'vni') {
      writeFileSync(new URL(`${name}.${encoding.name}-in-utf-8.txt`, directory), windows1252.decode(bytes))
    }
  }
}

writeFileSync(new URL('sentences.nfd.txt', directory), sources.sentences.normalize('NFD'))
writeFileSync(new URL('sentences.utf-16le.txt', directory), Buffer.from(sources.sentences, 'utf16le'))
writeFileSync(new URL('sentences.utf-16be.txt', directory), Buffer.from(sources.sentences, 'utf16le').swap16())
