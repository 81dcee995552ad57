/**
 * The frames that read assignees, in the order they run: a name a frame takes is not read again by a
 * later one, so the frames with finer roles come first. Adding a frame is one module and one line here.
 */
import type {Frame} from '../reading.js'
import {accountableFrame} from './accountable.js'
import {assignsFrame} from './assigns.js'
import {chairsFrame} from './chairs.js'
import {cooperatesFrame} from './cooperates.js'
import {directsFrame} from './directs.js'
import {dutiesFrame} from './duties.js'
import {fieldsFrame} from './fields.js'
import {presentsFrame} from './presents.js'
import {subjectsFrame} from './subjects.js'

export const frames: readonly Frame[] = [
  fieldsFrame,
  assignsFrame,
  directsFrame,
  chairsFrame,
  cooperatesFrame,
  accountableFrame,
  presentsFrame,
  dutiesFrame,
  subjectsFrame
]
