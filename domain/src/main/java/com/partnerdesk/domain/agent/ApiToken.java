package com.partnerdesk.domain.agent;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One of an agent's API tokens as the desk knows it: its name (unique per agent), when it was issued and when it
 * expires, if ever. The secret itself is never kept, only its digest.
 */
public record ApiToken(String name, Instant createdAt, Optional<Instant> expiresAt) {
    /** Letters, digits, dot, dash and underscore, up to 64: a name that reads the same in a terminal and a URL. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ApiToken {
        name = name(name);
        Require.instant("createdAt", createdAt);
        expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
        expiresAt.ifPresent(at -> Require.instant("expiresAt", at));
    }

    public static String name(String name) {
        String stripped = Require.text("name", name);
        if (!NAME.matcher(stripped).matches()) {
            throw new InvalidValueException("name", "'" + stripped + "' is not a token name: use up to 64 letters, "
                    + "digits, dots, dashes or underscores, starting with a letter or digit");
        }
        return stripped;
    }

    public boolean expiredAt(Instant now) {
        return expiresAt.map(at -> !now.isBefore(at)).orElse(false);
    }
}
