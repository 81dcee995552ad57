/** `directive parse FILE... --format csv` spawned as a user runs it: bytes on stdout, options, usage errors. */
import {parse} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import {directive} from '../spawn.js'

const seed = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
const today = ['--today', '2026-06-10']

describe.concurrent('directive parse --format csv (spawned)', () => {
  it('prints UTF-8 CSV with a BOM and CRLF rows, one per (task, deadline)', async () => {
    const result = await directive(['parse', seed, '--format', 'csv', ...today])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.startsWith('\uFEFFVăn bản,Tệp,Mã nhiệm vụ,Số thứ tự,Nội dung,Chủ trì,Phối hợp,Chỉ đạo,Hạn (ISO),Hạn,')).toBe(true)
    const rows = parse(result.stdout, {bom: true}) as string[][]
    expect(rows).toHaveLength(20)
    expect(rows.find((cells) => cells[2] === 'II.7.2.1.i')?.slice(8, 10)).toEqual(['2026-06-05', '05/06/2026'])
    expect(result.stdout.split('\r\n')).toHaveLength(21)
  })

  it('takes --no-bom, --delimiter ; and --lang en', async () => {
    const result = await directive(['parse', seed, '--format', 'csv', '--no-bom', '--delimiter', ';', '--lang', 'en', ...today])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.startsWith('document;file;task_id;number;text;lead;support;directing;deadline;deadline_dmy;')).toBe(true)
    const rows = parse(result.stdout, {delimiter: ';'}) as string[][]
    expect(rows).toHaveLength(20)
    for (const cells of rows) expect(cells).toHaveLength(23)
    // Columns only ever come after the others: a sheet that reads them by place keeps working.
    expect(rows[0]?.slice(-6)).toEqual(['part', 'deadline_time', 'rhythm', 'rrule', 'routing_lead', 'routing_participate'])
    expect(rows.find((cells) => cells[2] === 'II.7.2.1.i')?.slice(-2)[0]).toMatch(/^Chủ tịch Đ\.T\.Trung \(CT Đ\.T\.Trung\); /u)
  })

  it('is the same on any machine time zone', async () => {
    const args = ['parse', seed, 'fixtures/corpus/035.txt', '--format', 'csv', ...today]
    const [here, there] = await Promise.all([directive(args, {env: {TZ: 'Pacific/Kiritimati'}}), directive(args, {env: {TZ: 'America/Los_Angeles'}})])
    expect(here.code).toBe(0)
    expect(there.stdout).toBe(here.stdout)
  })

  it.each([
    ['a quote', ['--delimiter', '"'], /option '--delimiter <char>' argument '"' is invalid\. expected one character/u],
    ['two characters', ['--delimiter', ';;'], /expected one character/u],
    ['an unknown language', ['--lang', 'fr'], /expected one of vi, en/u]
  ])('refuses %s (exit 2)', async (_, args, message) => {
    const result = await directive(['parse', seed, '--format', 'csv', ...args])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
  })
})
