/**
 * An RFC 5545 RRULE value as the model holds it (`FREQ=WEEKLY;BYDAY=FR`): the schema checks it, and so
 * does the calendar before writing one (a model built by a program may hold any string), without loading
 * zod for it.
 */
export const RRULE_VALUE = /^FREQ=[A-Z]+(?:;[A-Z]+=[A-Z0-9,+-]+)*$/
