/** `directive schema`: the JSON Schema of the model, generated from the zod schema. */
import type {Command} from 'commander'
import {z} from 'zod'
import {Notice} from '../model/schema.js'
import type {CliIo} from './io.js'

export function registerSchema(program: Command, io: CliIo): void {
  program
    .command('schema')
    .description('print the JSON Schema of the model that `parse --json` emits')
    .action(() => {
      io.stdout.write(JSON.stringify(z.toJSONSchema(Notice, {target: 'draft-2020-12'}), null, 2) + '\n')
    })
}
