/**
 * DTSTAMP, reproducible: the same input gives the same bytes on every machine and every day, so a
 * re-import is recognised as the same data. `SOURCE_DATE_EPOCH` (reproducible-builds.org) wins when set;
 * otherwise the document's own date, at midnight in Vietnam; failing that the date it was received or
 * the meeting's date; and for a document that names no date at all, the Unix epoch.
 */
import type {Notice} from '../../model/schema.js'
import {InputError} from '../../read/input-error.js'

const vietnamOffsetMs = 7 * 60 * 60 * 1000

/**
 * @param notice
 *   The notice the component comes from.
 * @param env
 *   Environment variables (only `SOURCE_DATE_EPOCH` is read).
 * @returns
 *   A UTC DATE-TIME value, e.g. `20260604T170000Z`.
 */
export function dtstamp(notice: Notice, env: Record<string, string | undefined>): string {
  const epoch = env['SOURCE_DATE_EPOCH']
  if (epoch !== undefined && epoch !== '') {
    // The reproducible-builds spec asks tools to fail on a malformed value rather than guess.
    if (!/^\d{1,12}$/.test(epoch)) throw new InputError('SOURCE_DATE_EPOCH', `expected whole seconds since 1970-01-01, got “${epoch}”`)
    return utc(new Date(Number(epoch) * 1000))
  }

  const date = notice.document.date ?? notice.receipt?.date ?? notice.meeting?.date ?? null
  if (date === null) return utc(new Date(0))
  const [year, month, day] = date.split('-').map(Number)
  return utc(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) - vietnamOffsetMs))
}

function utc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replaceAll('-', '').replaceAll(':', '')}Z`
}
