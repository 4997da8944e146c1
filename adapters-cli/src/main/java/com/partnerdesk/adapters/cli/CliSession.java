package com.partnerdesk.adapters.cli;

import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.domain.common.Require;
import java.io.InputStream;

/**
 * Who runs the ops CLI and on what: the named operator every write is audited under, standard input
 * (for {@code --password-stdin}) and whether a person is watching a terminal (progress bars).
 */
public record CliSession(String operatorName, InputStream stdin, boolean terminal) {
    public CliSession {
        operatorName = Require.text("operator", operatorName, 120);
        Require.present("stdin", stdin);
    }

    /** The operator is the local user account; progress is shown only on a terminal. */
    public static CliSession fromSystem() {
        String user = System.getProperty("user.name");
        return new CliSession(user == null || user.isBlank() ? "operator" : user, System.in, System.console() != null);
    }

    /** A session for tests and scripts: a given operator name, no terminal. */
    public static CliSession of(String operatorName, InputStream stdin) {
        return new CliSession(operatorName, stdin, false);
    }

    public Caller caller() {
        return Caller.operator(operatorName);
    }
}
