/**
 * What the command-line scripts (`scripts/*.ts`) share: reading options with `util.parseArgs`
 * (`parseOptions`, with options that take several values), paths as the user typed them
 * (`fromUser`), the guard that no output destroys an input or the project's data (`checkCommandPaths`),
 * and how a command ends (`failWith`, `runCommand`: exit 1 for a bad input file,
 * exit 2 with the usage line for bad options).
 *
 *   parseOptions, listOption, fromUser,  args.ts
 *   wholeNumberOption, refuseOption
 *   failWith, runCommand            exit.ts
 *   checkCommandPaths               paths-guard.ts (the one guard of inputs and outputs, before any work)
 *   fsErrorMessage                  fs-errors.ts (EISDIR, ENOTDIR, ELOOP, EACCES … in words)
 *   splitCellError                  cell-error.ts (a failing chapter cell: message first, trace for --verbose)
 *   textTable                       text-table.ts (records as a fixed-width table for the terminal)
 */
export * from "./args";
export * from "./cell-error";
export * from "./exit";
export * from "./fs-errors";
export * from "./paths-guard";
export * from "./text-table";
