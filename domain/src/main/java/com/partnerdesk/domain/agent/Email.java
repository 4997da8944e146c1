package com.partnerdesk.domain.agent;

import com.partnerdesk.domain.common.Require;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, stored lower case. */
public record Email(String value) {
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Email {
        value = Require.matching("email", value, SHAPE, "an e-mail address")
                .toLowerCase(Locale.ROOT);
        if (value.length() > 254) {
            throw new com.partnerdesk.domain.common.InvalidValueException("email", "is longer than 254 characters");
        }
    }

    public static Email of(String value) {
        return new Email(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
