/** The helpers the command-line scripts share; they live in lib/cli (re-exported for the scripts' imports). */
export * from "../lib/cli";
