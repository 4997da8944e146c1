package com.partnerdesk.adapters.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database is, decided before anything is wired: {@code --db PATH} (or {@code --db=PATH}) anywhere
 * on the command line, else {@code $PARTNERDESK_DB}, else {@code ./partnerdesk.db}.
 */
public final class DatabaseLocation {
    public static final String ENVIRONMENT_VARIABLE = "PARTNERDESK_DB";
    public static final Path DEFAULT = Path.of("partnerdesk.db");

    private DatabaseLocation() {
    }

    public static Path resolve(String[] args, Map<String, String> environment) {
        return fromArguments(args)
                .or(() -> Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE)).filter(v -> !v.isBlank()))
                .map(Path::of)
                .orElse(DEFAULT);
    }

    static Optional<String> fromArguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if ("--".equals(args[i])) {
                break;
            }
            if ("--db".equals(args[i]) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith("--db=")) {
                return Optional.of(args[i].substring("--db=".length()));
            }
        }
        return Optional.empty();
    }
}
