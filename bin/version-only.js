// `directive --version`, without the program: what commander prints for it, from the same package.json.
import {version} from '../dist/cli/version.js'

/** @param {{stdout: NodeJS.WritableStream}} io */
export async function main(io) {
  io.stdout.write(`${version}\n`)
  return 0
}
