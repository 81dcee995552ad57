/**
 * The one time zone deadlines are in. The id is written out rather than asked of Intl, because Node 20's
 * ICU calls it `Asia/Saigon`, which some calendars do not know. Vietnam has kept +07:00 without daylight
 * saving since 1975, so one STANDARD rule describes every date a directive in force can name.
 */
export const zoneId = 'Asia/Ho_Chi_Minh'

/** The VTIMEZONE component for `zoneId`, as content lines. */
export function vtimezone(): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zoneId}`,
    `X-LIC-LOCATION:${zoneId}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:+07',
    'END:STANDARD',
    'END:VTIMEZONE'
  ]
}
