/** The pools that lost a process, when that is a vitest run's only failure (vitest-crash.mjs). */
export function crashedPools(output: string): string[] | undefined;
