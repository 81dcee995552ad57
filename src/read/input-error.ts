/**
 * The one error the library throws on purpose: input that cannot be read or decoded.
 * The CLI maps it to exit code 2 with a one-line message naming the file.
 */
import {displayName} from './file-name.js'

export class InputError extends Error {
  override name = 'InputError'

  /**
   * @param file
   *   Path as given by the user (`-` for stdin).
   * @param reason
   *   What is wrong, as a short clause ("no such file", "is a directory").
   */
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    // The name is printed escaped: a newline or an escape sequence in it must not reach a log or a
    // terminal. `-` is standard input, said in words.
    super(`${displayName(file)}: ${reason}`)
  }
}
