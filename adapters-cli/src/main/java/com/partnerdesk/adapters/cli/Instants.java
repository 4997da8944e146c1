package com.partnerdesk.adapters.cli;

import com.partnerdesk.domain.common.IsoInstant;
import com.partnerdesk.domain.common.Require;
import java.time.Instant;
import java.time.DateTimeException;
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
        Instant instant;
        try {
            instant = IsoInstant.parse(value.strip());
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(),
                    "--since: '" + value + "' is not an ISO 8601 instant such as 2026-01-31T00:00:00Z");
        }
        if (instant.isBefore(Require.EARLIEST) || instant.isAfter(Require.LATEST)) {
            throw new ParameterException(spec.commandLine(),
                    "--since: '" + value + "' is outside the years 1970 to 9999 the desk keeps");
        }
        return Optional.of(instant);
    }
}
