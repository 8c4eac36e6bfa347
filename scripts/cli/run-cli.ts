/**
 * The CLIs' shared contract (DESIGN.md): one JSON object on stdout and nothing else; a bad input
 * exits non-zero with a one-line message on stderr.
 */
export async function runCli(main: () => unknown): Promise<void> {
  try {
    const result = await main()
    process.stdout.write(`${JSON.stringify(result)}\n`)
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
}

/** A CLI usage error: the message says what was wrong and what was expected. */
export class UsageError extends Error {}

/** Reads `--name value` as a number, or `fallback` when absent; refuses what is not a number. */
export function numberOption(values: Record<string, string | boolean | undefined>, name: string, fallback: number, check: (value: number) => boolean = Number.isFinite): number {
  const raw = values[name]
  if (raw === undefined) return fallback
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN
  if (!check(value)) throw new UsageError(`--${name} must be a valid number, not "${String(raw)}".`)
  return value
}

/** Reads `--name value` as one of `choices`. */
export function choiceOption<T extends string>(values: Record<string, string | boolean | undefined>, name: string, choices: readonly T[], fallback: T): T {
  const raw = values[name]
  if (raw === undefined) return fallback
  if (typeof raw !== 'string' || !(choices as readonly string[]).includes(raw)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not "${String(raw)}".`)
  return raw as T
}
