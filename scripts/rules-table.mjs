#!/usr/bin/env node
// Prints the README's rule table from the rules' metadata (dist/ must be built); with --write, replaces
// the table between the markers in README.md. test/rules/readme.test.ts fails when the two differ.
import {readFileSync, writeFileSync} from 'node:fs'
import {rules} from '../dist/rules/index.js'
import {rulesTable, tableMarkers} from '../dist/rules/table.js'

const table = rulesTable(rules)
if (!process.argv.includes('--write')) {
  process.stdout.write(table + '\n')
} else {
  const readme = new URL('../README.md', import.meta.url)
  const text = readFileSync(readme, 'utf8')
  const start = text.indexOf(tableMarkers.start)
  const end = text.indexOf(tableMarkers.end)
  if (start < 0 || end < start) {
    process.stderr.write(`README.md has no ${tableMarkers.start} … ${tableMarkers.end} block\n`)
    process.exitCode = 2
  } else {
    writeFileSync(readme, `${text.slice(0, start + tableMarkers.start.length)}\n${table}\n${text.slice(end)}`)
  }
}
