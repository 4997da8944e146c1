package com.partnerdesk.adapters.cli;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.ConflictException;
import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.error.StorageException;
import com.partnerdesk.domain.common.DomainException;
import com.partnerdesk.domain.common.InvalidValueException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The CLI's one error mapping: a clear message on stderr (never a stack trace) and the exit code of
 * SPEC §8 — 2 for bad usage or input, naming every fault, 1 for an operation that failed.
 */
public final class CliErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final String PREFIX = "partnerdesk: ";

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = new PrintWriter(new TerminalSafeWriter(cmd.getErr()), true);
        String where = cmd.getCommandSpec().qualifiedName();
        err.println(where + ": " + oneLine(ex.getMessage()) + " (see '" + where + " --help')");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception thrown, CommandLine cmd, ParseResult parseResult) {
        Throwable ex = unwrap(thrown);
        PrintWriter err = new PrintWriter(new TerminalSafeWriter(cmd.getErr()), true);
        int code = report(ex, err);
        err.flush();
        return code;
    }

    private static int report(Throwable ex, PrintWriter err) {
        if (ex instanceof ParameterException parameter) {
            err.println(PREFIX + oneLine(parameter.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof InvalidInputException invalid) {
            List<InputFault> faults = invalid.faults();
            if (faults.size() == 1) {
                err.println(PREFIX + oneLine(faults.get(0).toString()));
            } else {
                err.println(PREFIX + summary(invalid) + " (" + faults.size() + " faults):");
                for (InputFault fault : faults) {
                    err.println("  " + oneLine(fault.toString()));
                }
            }
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof InvalidValueException || ex instanceof IllegalArgumentException) {
            err.println(PREFIX + oneLine(ex.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof AccessDeniedException) {
            err.println(PREFIX + "access denied: " + oneLine(ex.getMessage()));
            return ExitCodes.FAILURE;
        }
        if (ex instanceof StorageException) {
            Throwable cause = ex.getCause();
            err.println(PREFIX + "database: " + oneLine(ex.getMessage())
                    + (cause != null && cause.getMessage() != null ? " (" + oneLine(cause.getMessage()) + ")" : ""));
            return ExitCodes.FAILURE;
        }
        if (ex instanceof NotFoundException || ex instanceof NotAuthenticatedException
                || ex instanceof StaleVersionException || ex instanceof ConflictException || ex instanceof DomainException) {
            err.println(PREFIX + oneLine(ex.getMessage()));
            return ExitCodes.FAILURE;
        }
        String message = ex.getMessage();
        err.println(PREFIX + (message == null || message.isBlank()
                ? "failed: " + ex.getClass().getSimpleName()
                : oneLine(message)));
        return ExitCodes.FAILURE;
    }

    /** The summary an InvalidInputException was built with: its message up to the first fault. */
    private static String summary(InvalidInputException invalid) {
        String message = invalid.getMessage();
        int at = message.indexOf(": " + invalid.faults().get(0));
        return at > 0 ? message.substring(0, at) : "the input was refused";
    }

    private static Throwable unwrap(Throwable ex) {
        Throwable current = ex;
        while ((current instanceof CommandLine.ExecutionException || current instanceof InvocationTargetException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
