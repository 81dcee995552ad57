/** The README's rule table is the one the rules' metadata makes (regenerate: `node scripts/rules-table.mjs --write`). */
import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {rules} from '../../src/rules/index.js'
import {rulesTable, tableMarkers} from '../../src/rules/table.js'

it('README.md carries the generated rule table', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const start = readme.indexOf(tableMarkers.start)
  const end = readme.indexOf(tableMarkers.end)
  expect(start, 'table markers in README.md').toBeGreaterThan(0)
  expect(readme.slice(start + tableMarkers.start.length, end).trim()).toBe(rulesTable(rules))
})

it('has a row, and a docs anchor, for every rule', () => {
  const table = rulesTable(rules)
  for (const rule of rules) expect(table).toContain(`<a id="rule-${rule.id}"></a>`)
  expect(table.split('\n')).toHaveLength(rules.length + 2)
})
