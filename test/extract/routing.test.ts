import {describe, expect, it} from 'vitest'
import {parseNotice} from '../../src/pipeline.js'
import {covered, fixture} from '../helpers.js'
import {expandAbbreviation, readRoutingUnit} from '../../src/extract/header/abbreviations.js'



describe('routing', () => {
  it('reads the routing table of the founding notice', () => {
    const input = fixture('000_6f075bdf8dff8ead.txt')
    const {routing} = parseNotice(input)
    expect(routing).toHaveLength(25)
    expect(routing.filter((row) => row.lead).map((row) => row.unit)).toEqual(['CT Đ.T.Trung', 'PCT V.T.Phụng', 'P. NV&KT,GS'])
    expect(routing.filter((row) => row.participate)).toHaveLength(13)
    expect(routing[0]).toMatchObject({unit: 'CT Đ.T.Trung', title: 'Chủ tịch', person: 'Đ.T.Trung', lead: true, participate: false})
    expect(routing[1]).toMatchObject({unit: 'PCT TT L.A.Quân', title: 'Phó Chủ tịch Thường trực', person: 'L.A.Quân'})
    expect(routing.find((row) => row.unit === 'Q.CVP N.H.Long')).toMatchObject({title: 'Quyền Chánh Văn phòng', person: 'N.H.Long'})
    expect(routing.find((row) => row.unit === 'P. NV&KT,GS')).toMatchObject({
      title: 'Phòng Nội vụ và Kiểm tra, giám sát',
      person: null,
      lead: true,
      participate: true
    })
    expect(routing.find((row) => row.unit === 'Công TTĐTTP')?.title).toBe('Cổng Thông tin điện tử thành phố')
    // Every row has a title from the table.
    expect(routing.filter((row) => row.title === null)).toEqual([])
    for (const row of routing) {
      const span = covered(input, row.position)
      expect(span.startsWith(row.unit), row.unit).toBe(true)
    }
  })

  it('has no rows when there is no routing table', () => {
    for (const name of ['010.txt', '022.txt', '027.txt', '035.txt']) expect(parseNotice(fixture(name)).routing, name).toEqual([])
  })

  it('reads tick marks, ignores other tables and keeps unknown labels', () => {
    const input = [
      '| STT | Nội dung | Chủ trì |',
      '|---|---|---|',
      '| 1 | Rà soát | Sở Nội vụ |',
      '',
      '| Đơn vị | Chủ trì | Phối hợp |',
      '|---|---|---|',
      '| PCT Nguyễn Văn An | ✓ | |',
      '| P. TH | | x |',
      '| Tổ công tác XYZ | | |',
      '',
      'Nội dung văn bản.'
    ].join('\n')
    const {routing} = parseNotice(input)
    expect(routing.map(({position: _position, ...row}) => row)).toEqual([
      {unit: 'PCT Nguyễn Văn An', title: 'Phó Chủ tịch', person: 'Nguyễn Văn An', lead: true, participate: false},
      {unit: 'P. TH', title: 'Phòng Tổng hợp', person: null, lead: false, participate: true},
      {unit: 'Tổ công tác XYZ', title: null, person: null, lead: false, participate: false}
    ])
  })
})

describe('abbreviations', () => {
  it('expands ignoring spaces and case of the key', () => {
    expect(expandAbbreviation('P.NV&KT,GS')).toBe('Phòng Nội vụ và Kiểm tra, giám sát')
    expect(expandAbbreviation('PCTTT')).toBe('Phó Chủ tịch Thường trực')
    expect(expandAbbreviation('TP', 'title')).toBe('Trưởng phòng')
    expect(expandAbbreviation('TP', 'body')).toBe('thành phố')
    expect(expandAbbreviation('XYZ')).toBeNull()
  })

  it('splits a title from initials', () => {
    expect(readRoutingUnit('PCVP P.A.Tuấn')).toEqual({title: 'Phó Chánh Văn phòng', person: 'P.A.Tuấn'})
    expect(readRoutingUnit('PCT L.A. Quân')).toEqual({title: 'Phó Chủ tịch', person: 'L.A.Quân'})
    expect(readRoutingUnit('Ban TCDTP')).toEqual({title: 'Ban Tiếp công dân thành phố', person: null})
  })
})
