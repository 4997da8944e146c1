package com.partnerdesk.adapters.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Parses {@code --since ISO_INSTANT}; a bad value is bad usage naming the option. */
final class Instants {
    private Instants() {
    }

    static Optional<Instant> since(CommandSpec spec, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(com.partnerdesk.domain.common.IsoInstant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(),
                    "--since: '" + value + "' is not an ISO 8601 instant such as 2026-01-31T00:00:00Z");
        }
    }
}
