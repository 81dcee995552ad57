import {configDefaults, defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // *.slow.test.ts (the ReDoS analysis of every pattern) take minutes: `npm run test:slow`, not CI.
    exclude: [...configDefaults.exclude, 'test/**/*.slow.test.ts'],
    testTimeout: 20000
  }
})
