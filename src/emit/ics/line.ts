/**
 * One property as folded content lines: `NAME;PARAM=value:value`. Parameter values are escaped here;
 * the property value arrives already in its value type's syntax (escaped TEXT, a DATE, a DURATION).
 */
import {escapeParameter} from './escape.js'
import {fold} from './fold.js'

/**
 * @param name
 *   Property name, e.g. `DTSTART`.
 * @param value
 *   The value in iCalendar syntax.
 * @param parameters
 *   Parameters in the order they are written, e.g. `{VALUE: 'DATE'}`.
 * @returns
 *   Physical lines (folded), without line ends.
 */
export function property(name: string, value: string, parameters: Record<string, string> = {}): string[] {
  const parameterText = Object.entries(parameters)
    .map(([key, parameterValue]) => `;${key}=${escapeParameter(parameterValue)}`)
    .join('')
  return fold(`${name}${parameterText}:${value}`)
}
