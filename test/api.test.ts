/** The public API is what index.ts documents, nothing more. */
import {expect, it} from 'vitest'

it('exports the documented API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'Assignee', 'Deadline', 'Figure', 'InputError', 'Notice', 'Point', 'Position', 'Reference', 'Task',
    'emitters', 'extractors', 'findDates', 'main', 'parseNotice', 'todayInVietnam'
  ])
})
