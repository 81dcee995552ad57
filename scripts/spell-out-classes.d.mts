/** Types of scripts/spell-out-classes.mjs, for the tests that import it. */
export declare function rangesOf(property: string): string
export declare function spellOut(source: string, how: {whole: boolean; ignoreCase: boolean; ranges: Map<string, string>}): string
export declare function spellOutClasses(code: string): {code: string; rewritten: number}
