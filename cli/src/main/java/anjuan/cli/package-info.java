/**
 * The {@code anjuan} command: one class per subcommand, each a {@code Callable<Integer>} returning an
 * {@link anjuan.cli.ExitCode}; usage errors and malformed queries are {@link anjuan.cli.UsageException} (exit 2).
 * Tests run the real command line in-process and assert exit codes and output.
 */
package anjuan.cli;
