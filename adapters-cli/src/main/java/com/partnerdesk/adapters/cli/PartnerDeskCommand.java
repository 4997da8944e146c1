package com.partnerdesk.adapters.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code partnerdesk}: the ops CLI of SPEC §8. The subcommands are built by the {@link CommandLine.IFactory}
 * given to {@link #commandLine(CommandLine.IFactory)}, which supplies their use cases through their
 * constructors ({@link CliFactory} knows how).
 */
@Command(name = "partnerdesk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "PartnerDesk: the support desk of a cloud reseller — operations commands.",
        subcommands = {
                DbCommand.class,
                PartnerCommand.class,
                ClockCommand.class,
                AgentsCommand.class,
                CustomersCommand.class,
                HealthCommand.class,
                CasesCommand.class,
                RequestsCommand.class,
                AuditCommand.class,
                ReportCommand.class},
        footer = {"", "Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input."})
public final class PartnerDeskCommand {

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "database file (default ./partnerdesk.db or $PARTNERDESK_DB)")
    Path database;

    /**
     * The command line to execute: subcommands made by {@code factory}, enum values case-insensitive, and
     * every error mapped once by {@link CliErrorHandler} to a clear line on stderr and an exit code.
     */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        CliErrorHandler errors = new CliErrorHandler();
        CommandLine cli = new CommandLine(new PartnerDeskCommand(), factory)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
        shareVersion(cli, new VersionProvider());
        return cli;
    }

    /** {@code --version} answers the same on every subcommand. */
    private static void shareVersion(CommandLine cli, VersionProvider version) {
        cli.getCommandSpec().versionProvider(version);
        cli.getSubcommands().values().forEach(sub -> shareVersion(sub, version));
    }

    /** The {@code --db} value given on the command line, if any (bootstrap resolves it before wiring). */
    public java.util.Optional<Path> database() {
        return java.util.Optional.ofNullable(database);
    }
}
