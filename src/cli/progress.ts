/**
 * The batch progress bar on stderr — files done/total, rate, time left — redrawn in place at most ten
 * times a second, and only when stderr is a terminal (a log file gets the summary line alone).
 */

export interface ProgressState {
  done: number
  failed: number
  total: number
  /** Milliseconds since the batch started. */
  elapsed: number
}

const BAR_WIDTH = 24
const REDRAW_MS = 100

/**
 * One line of progress, without line end.
 *
 * @example
 *   renderProgress({done: 500, failed: 1, total: 2000, elapsed: 4000})
 *   // '[######------------------]  500/2000  25%  125 files/s  ETA 12s  1 failed'
 */
export function renderProgress(state: ProgressState): string {
  const fraction = state.total === 0 ? 1 : state.done / state.total
  const filled = Math.round(fraction * BAR_WIDTH)
  const rate = state.elapsed > 0 ? (state.done * 1000) / state.elapsed : 0
  const left = rate > 0 ? (state.total - state.done) / rate : Number.NaN
  const width = String(state.total).length
  return [
    `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`,
    `${String(state.done).padStart(width)}/${state.total}`,
    `${String(Math.floor(fraction * 100)).padStart(3)}%`,
    `${rate.toFixed(rate < 10 ? 1 : 0)} files/s`,
    `ETA ${Number.isFinite(left) ? duration(left) : '?'}`,
    ...(state.failed > 0 ? [`${state.failed} failed`] : [])
  ].join('  ')
}

/** Seconds as "42s", "3m05s" or "1h02m". */
export function duration(seconds: number): string {
  const whole = Math.ceil(seconds)
  if (whole < 60) return `${whole}s`
  if (whole < 3600) return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`
  return `${Math.floor(whole / 3600)}h${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`
}

/** Draws the bar on a terminal; every method is a no-op on anything else. */
export class ProgressBar {
  private shown = false
  private last = 0

  constructor(
    private readonly stream: {write(text: string): unknown; isTTY?: boolean},
    private readonly now: () => number
  ) {}

  get active(): boolean {
    return this.stream.isTTY === true
  }

  /** Redraws, unless it did less than REDRAW_MS ago (`force` for the first and last states). */
  update(state: ProgressState, force = false): void {
    if (!this.active) return
    const time = this.now()
    if (!force && this.shown && time - this.last < REDRAW_MS) return
    this.last = time
    this.shown = true
    this.stream.write(`\r\u001B[K${renderProgress(state)}`)
  }

  /** Clears the bar so a message can be written on a clean line (the next update draws it again). */
  clear(): void {
    if (!this.shown) return
    this.stream.write('\r\u001B[K')
    this.shown = false
  }
}
