/** Arguments and one-line errors for the command-line tools: bad input exits 2 with `<command>: <message>`. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CommandLine {
  fail(message: string): never;
  /** The arguments parsed by `node:util` parseArgs, or a failure saying what is wrong with them. */
  parse<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>>;
  /** `value` when it is one of `allowed`, else a failure naming them. */
  oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T;
  /** `value` as a number above 0, else a failure saying so. */
  positiveNumber(name: string, value: string): number;
}

export function commandLine(command: string): CommandLine {
  const fail = (message: string): never => {
    console.error(`${command}: ${message}`);
    process.exit(2);
  };
  return {
    fail,
    parse(config) {
      try {
        return parseArgs(config);
      } catch (error) {
        return fail(error instanceof Error ? error.message : String(error));
      }
    },
    oneOf(name, value, allowed) {
      if (!(allowed as readonly string[]).includes(value)) fail(`unknown ${name} "${value}" (expected ${allowed.join(', ')})`);
      return value as (typeof allowed)[number];
    },
    positiveNumber(name, value) {
      const number = Number(value);
      if (!(number > 0)) fail(`--${name} must be a number above 0, not "${value}"`);
      return number;
    },
  };
}

/** `--people`: auto, or a whole number of people of at least 1. */
export function peopleOption(cli: CommandLine, value: string): 'auto' | number {
  if (value === 'auto') return value;
  const people = Number(value);
  return Number.isInteger(people) && people >= 1 ? people : cli.fail(`--people takes auto or a whole number of at least 1, not "${value}"`);
}
