/** How a command ends: a message naming the command, the usage line for a usage error, an exit code. */
import { ArgumentError, InputError, ValidationError } from "../core";
import { fsErrorMessage, isFileSystemError } from "./fs-errors";

/**
 * Exit codes: 0 done, 1 a problem with an input file (the message names it), 2 a usage error
 * (bad or missing options; the usage line is printed).
 */
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/**
 * A function that prints `<command>: <message>` (and the usage line for a usage error, code 2) and exits.
 *
 * @example const fail = failWith("sheet", USAGE); fail("no --out given");
 */
export function failWith(command: string, usage: string): (message: string, code?: number) => never {
  return (message: string, code = EXIT_USAGE): never => {
    if (message !== "") console.error(`${command}: ${message}`);
    if (code === EXIT_USAGE) console.error(usage);
    process.exit(code);
  };
}

/**
 * Runs a command's `main`: an ArgumentError ends it as a usage error (exit 2, with the usage line),
 * an InputError or ValidationError as an input problem (exit 1, the message names the file), a
 * file-system error (EISDIR, ENOTDIR, ELOOP, EACCES …) likewise, in words; any other error is a bug
 * and is thrown on, with its stack.
 *
 * @example runCommand("reliability", USAGE, main);
 */
export function runCommand(command: string, usage: string, main: () => void | Promise<void>): void {
  const fail = failWith(command, usage);
  const handle = (e: unknown): never => {
    if (e instanceof ArgumentError) fail(e.message, EXIT_USAGE);
    if (e instanceof ValidationError || e instanceof InputError) fail(e.message, EXIT_INPUT);
    // a file-system problem the checks before the work did not foresee: in words, not a stack trace
    if (isFileSystemError(e)) fail(fsErrorMessage(e), EXIT_INPUT);
    throw e;
  };
  try {
    const done = main();
    if (done instanceof Promise) done.catch(handle);
  } catch (e) {
    handle(e);
  }
}
