package com.partnerdesk.domain.servicerequest;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.util.regex.Pattern;

/**
 * The vendor's own number for a service request, as its portal shows it or its API returns it (e.g.
 * {@code 2611240040001234}): letters and digits, with {@code -}, {@code _} or {@code .} inside, at least one digit,
 * at most 64 characters. Anything else (a space, a link, a word such as "pending") is a typing mistake.
 */
public record VendorRequestNumber(String value) {
    public static final int MAX_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern DIGIT = Pattern.compile(".*[0-9].*");

    public VendorRequestNumber {
        value = Require.text("vendorRequestNumber", value, MAX_LENGTH);
        if (!SHAPE.matcher(value).matches() || !DIGIT.matcher(value).matches()) {
            throw new InvalidValueException("vendorRequestNumber", "'" + value + "' is not a vendor request number:"
                    + " copy the number the vendor's portal shows, such as 2611240040001234 (letters and digits,"
                    + " '-', '_' or '.' inside, at least one digit, no spaces)");
        }
    }

    public static VendorRequestNumber of(String value) {
        return new VendorRequestNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
