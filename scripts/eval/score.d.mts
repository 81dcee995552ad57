/** Types of scripts/eval/score.mjs, for the tests that import it. */
export declare function fold(text: string): string
export declare function symbolKey(text: string): string
export declare function nameHolds(name: string, gold: string): boolean
export declare function comparable(text: string): string
export declare function findTask<T extends {text: string}>(tasks: T[], snippet: string): T | null
export declare function scoreDocument(notice: unknown, answer: unknown): any
export declare function sumScores(scores: any[]): any
export declare function figures(score: any): Record<string, number | null>
