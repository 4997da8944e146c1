package com.partnerdesk.adapters.cli;

/** The exit codes of SPEC §8. */
public final class ExitCodes {
    /** The operation succeeded. */
    public static final int OK = 0;
    /** The operation failed (not found, denied, storage, anything unexpected). */
    public static final int FAILURE = 1;
    /** Bad usage or bad input; the message names the line or field at fault. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
