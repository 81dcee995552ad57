/** Types of bench/hostile-inputs.mjs, for the tests that import it. */
export declare function category(pattern: RegExp): string[]
export declare const spaces: string[]
export declare const dashes: string[]
export declare const task: (index: number) => string
export declare const hostile: Record<string, (size: number) => string>
