package com.partnerdesk.domain.customer;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case. */
public record CountryCode(String value) {
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    public CountryCode {
        String text = Require.text("countryCode", value).toUpperCase(Locale.ROOT);
        if (!ISO.contains(text)) {
            throw new InvalidValueException("countryCode", "'" + value + "' is not an ISO 3166 alpha-2 country code");
        }
        value = text;
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
