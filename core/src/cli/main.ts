/** The `turnus` command line: dispatches to the commands. */
import { ACCOUNT_USAGE, runAccount } from "./account.js";
import { CHECK_USAGE, runCheck } from "./check.js";
import type { CliIo } from "./io.js";
import { TIMESHEET_USAGE, runTimesheet } from "./timesheet.js";

/** The top-level usage text. */
export const USAGE = `Usage: turnus <command> ...

Commands:
  check FILE [--json] [--rule ID]...                    check a rota against law and grant
  timesheet FILE --assistant ID --month YYYY-MM [--json|--csv]   one assistant's month
  account FILE [--year YYYY] [--json|--csv]             a year's hours and money against the grant

Run "turnus <command> --help" for details.
`;

/** Runs the command line with the arguments after `turnus`; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "check":
      return runCheck(rest, io);
    case "timesheet":
      return runTimesheet(rest, io);
    case "account":
      return runAccount(rest, io);
    case undefined:
      io.err(USAGE);
      return 2;
    case "--help":
    case "-h":
    case "help":
      io.out(`${USAGE}\n${CHECK_USAGE}\n${TIMESHEET_USAGE}\n${ACCOUNT_USAGE}`);
      return 0;
    default:
      io.err(`turnus: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
