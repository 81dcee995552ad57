/**
 * Issue 20, items 1, 4 and 5, tried as a clerk runs them (`directive parse` spawned): the office's routing
 * table in the outline, the checklist, the CSV and the review page; one name for a task in every format;
 * the outline's section headings and `--full`, which the outline and the checklist share as one flag.
 * The founding notice, and the written notice on standard input.
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import {directive} from '../spawn.js'
import {text as routedText} from './routed-notice.js'

const seed = 'fixtures/corpus/000_6f075bdf8dff8ead.txt'
const today = ['--today', '2026-06-10']
const leads = 'Chủ tịch Đ.T.Trung (CT Đ.T.Trung); Phó Chủ tịch V.T.Phụng (PCT V.T.Phụng); Phòng Nội vụ và Kiểm tra, giám sát (P. NV&KT,GS)'

describe.concurrent('the routing table (spawned)', () => {
  it('outline: under the stamp', async () => {
    const result = await directive(['parse', seed, ...today])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain(`\nĐến: số 41037, ngày 06/06/2026\nPhân phối (Chủ/Tham):\n  chủ trì: ${leads}\n  tham gia: Phó Chủ tịch Thường trực L.A.Quân (PCT TT L.A.Quân); `)
  })

  it('checklist: under the summary, and a checklist written with -o is still replaced by the next run without --force', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'directive-')), 'tasks.md')
    const first = await directive(['parse', seed, '--checklist', ...today, '-o', out])
    expect(first.code, first.stderr).toBe(0)
    const markdown = readFileSync(out, 'utf8')
    expect(markdown).toMatch(/\n\nTính đến ngày 10\/06\/2026: 19 mục [^\n]*\n\n\*\*Phân phối \(Chủ\/Tham\)\*\*\\\nChủ trì: \*\*Chủ tịch Đ\.T\.Trung\*\* \(CT Đ\.T\.Trung\); /u)
    const again = await directive(['parse', seed, '--checklist', '--today', '2026-06-11', '-o', out])
    expect(again.code, again.stderr).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('Tính đến ngày 11/06/2026')
  })

  it('CSV: two columns after all the others, in English with --lang en', async () => {
    const result = await directive(['parse', seed, '--format', 'csv', '--lang', 'en', ...today])
    expect(result.code, result.stderr).toBe(0)
    const [header, ...rows] = parse(result.stdout, {bom: true}) as string[][]
    expect(header?.slice(-3)).toEqual(['rrule', 'routing_lead', 'routing_participate'])
    for (const cells of rows) expect(cells.at(-2)).toBe(leads)
  })

  it('HTML: the leads in the header, the table after the tasks', async () => {
    const result = await directive(['parse', seed, '--format', 'html', ...today])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('<a href="#routing">Phân phối (Chủ/Tham)</a> — Chủ trì: <strong lang="vi">Chủ tịch Đ.T.Trung</strong>;')
    expect(result.stdout).toMatch(/<section id="tasks-section"[\s\S]*<section id="routing"[\s\S]*<td lang="vi" data-label="Ghi trên phiếu"><a href="#n0-r0" [^>]*><code>CT Đ\.T\.Trung<\/code><\/a><\/td>/u)
  })

  it('a written notice on standard input: every view has its table', async () => {
    const runs = await Promise.all(
      [['--format', 'text'], ['--checklist'], ['--format', 'csv'], ['--format', 'html']].map((format) => directive(['parse', '-', ...format, ...today], {stdin: routedText}))
    )
    for (const run of runs) expect(run.code, run.stderr).toBe(0)
    const [text, checklist, csv, html] = runs.map((run) => run.stdout)
    expect(text).toContain('\nPhân phối (Chủ/Tham):\n  chủ trì: Phó Chủ tịch N.V.An (PCT N.V.An); Phòng Tổng hợp (P. TH)\n')
    expect(checklist).toContain('Chủ trì: **Phó Chủ tịch N.V.An** (PCT N.V.An); **Phòng Tổng hợp** (P. TH)\\\nTham gia: ')
    expect(csv).toContain(',Phó Chủ tịch N.V.An (PCT N.V.An); Phòng Tổng hợp (P. TH),')
    expect(html).toContain('<code>Tổ công tác &lt;đặc biệt&gt; &amp; &quot;mới&quot;</code>')
  })
})

describe.concurrent('one name for a task (spawned)', () => {
  it('II.7.2.1.i: in the outline, the checklist, the CSV, the calendar and the review page', async () => {
    const [text, checklist, csv, ics, html] = await Promise.all(
      [[], ['--checklist'], ['--format', 'csv'], ['--ics'], ['--format', 'html']].map((format) => directive(['parse', seed, ...format, ...today]))
    )
    expect(text?.stdout).toContain('(i) Bổ sung hoàn thiện báo cáo của Ban Thường vụ Thành ủy trình ký, ban hành gửi Ban Chỉ đạo Trung ương trước …  [II.7.2.1.i, dòng 94]\n')
    expect(checklist?.stdout).toContain('— II.7.2 (1)(i) Bổ sung hoàn thiện báo cáo')
    expect(checklist?.stdout).toContain(' — `II.7.2.1.i` · `fixtures/corpus/000_6f075bdf8dff8ead.txt:94`\n')
    expect(csv?.stdout).toContain(',II.7.2.1.i,II.7.2 (1)(i),')
    const unfolded = ics?.stdout.replace(/\r\n[ \t]/gu, '') ?? ''
    expect(unfolded).toContain('\r\nSUMMARY:II.7.2 (1)(i) Bổ sung hoàn thiện báo cáo')
    expect(unfolded).toMatch(/\r\nDESCRIPTION:II\.7\.2 \(1\)\(i\) Bổ sung[^\r]*\\nMã nhiệm vụ: II\.7\.2\.1\.i\r\n/u)
    // The UID is what it was before the id reached the description: a new import updates the event.
    expect(unfolded).toContain('\r\nUID:5c7248baf74a8bff82d734c2d5a70629@directive\r\n')
    expect(html?.stdout).toContain('<a href="#II.7.2.1.i">II.7.2 (1)(i)</a> <small class="task-id">mã II.7.2.1.i</small>')
    expect(html?.stdout).toMatch(/<mark class="k-task" [^>]*id="II\.7\.2\.1\.i" tabindex="0">/u)
  })
})

describe.concurrent('the outline’s headings and --full (spawned)', () => {
  it('heads each section of a plan whose lists restart at 1.', async () => {
    const result = await directive(['parse', 'fixtures/corpus/001.txt'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.match(/^ {2}Mục [IVX]+$/gmu)).toEqual(['  Mục II', '  Mục III', '  Mục IV'])
    expect(result.stdout).toMatch(/\n {2}Mục III\n {4}1\. Kinh phí thực hiện/u)
  })

  it('--full prints each task whole in the outline and in the checklist', async () => {
    const [outline, full, checklist, fullChecklist] = await Promise.all([
      directive(['parse', seed, ...today]),
      directive(['parse', seed, '--full', ...today]),
      directive(['parse', seed, '--checklist', ...today]),
      directive(['parse', seed, '--checklist', '--full', ...today])
    ])
    for (const run of [outline, full, checklist, fullChecklist]) expect(run.code, run.stderr).toBe(0)
    const whole = 'Tiếp tục quán triệt, triển khai quyết liệt, đồng bộ, kịp thời chủ trương, đường lối, Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIV'
    expect(outline.stdout).not.toContain(whole)
    expect(outline.stdout).toMatch(/ …  \[II\.1, dòng 60\]/u)
    expect(full.stdout).toContain(whole)
    expect(full.stdout).not.toMatch(/ …  \[/u)
    expect(checklist.stdout).not.toContain(whole)
    expect(fullChecklist.stdout).toContain(whole)
  })

  it('--full is one flag in --help, though two formats declare it', async () => {
    const help = await directive(['parse', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout.match(/^ {2}--full\b/gmu)).toHaveLength(1)
  })

  it('--full with -o writes the whole outline to a file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'directive-'))
    const out = join(directory, 'outline.txt')
    writeFileSync(join(directory, 'notice.md'), routedText)
    const result = await directive(['parse', join(directory, 'notice.md'), '--full', '-o', out, ...today])
    expect(result.code, result.stderr).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('bảo đảm an toàn thông tin, hoàn thành trước ngày 31/12/2026.  [II.1, dòng 33]')
  })
})
