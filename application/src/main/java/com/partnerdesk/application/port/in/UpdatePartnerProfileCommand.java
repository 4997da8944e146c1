package com.partnerdesk.application.port.in;

import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.partner.PartnerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The partner's whole new profile, as typed, and the version it was read at. Every fault is found at once and
 * named by its field ({@link #ORGANIZATION}, {@link #CONTACT_NAME}, {@link #CONTACT_EMAIL}, {@link #CONTACT_PHONE});
 * the three contact fields are all given or all left blank (no contact).
 */
public record UpdatePartnerProfileCommand(Caller caller, long expectedVersion, PartnerProfile profile) {
    public static final String ORGANIZATION = "organization";
    public static final String CONTACT_NAME = "primaryContact.name";
    public static final String CONTACT_EMAIL = "primaryContact.email";
    public static final String CONTACT_PHONE = "primaryContact.phone";

    public UpdatePartnerProfileCommand {
        Require.present("caller", caller);
        Require.present("profile", profile);
        if (expectedVersion < 0) {
            throw InvalidInputException.of("version", "must not be negative");
        }
    }

    /** Validates the typed values: an {@link InvalidInputException} names every field at fault. */
    public static UpdatePartnerProfileCommand of(Caller caller, long expectedVersion, String organization,
                                                 String contactName, String contactEmail, String contactPhone,
                                                 boolean advancedSupport) {
        List<InputFault> faults = new ArrayList<>();
        String org = valid(faults, ORGANIZATION, () -> Require.text(ORGANIZATION, organization, 200));
        Optional<Contact> contact = Optional.empty();
        boolean anyContact = !blank(contactName) || !blank(contactEmail) || !blank(contactPhone);
        if (anyContact) {
            String name = valid(faults, CONTACT_NAME, () -> Require.text(CONTACT_NAME, contactName, 120));
            Email email = blank(contactEmail) ? missing(faults, CONTACT_EMAIL)
                    : valid(faults, CONTACT_EMAIL, () -> Email.of(contactEmail.strip()));
            String phone = blank(contactPhone) ? missing(faults, CONTACT_PHONE)
                    : valid(faults, CONTACT_PHONE, () -> Contact.phone(contactPhone));
            if (faults.isEmpty()) {
                contact = Optional.of(new Contact(name, email, phone));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException("The partner profile was not saved", faults);
        }
        return new UpdatePartnerProfileCommand(caller, expectedVersion, new PartnerProfile(org, contact, advancedSupport));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> T missing(List<InputFault> faults, String field) {
        faults.add(new InputFault(field, "is required with the rest of the primary contact"));
        return null;
    }

    private static <T> T valid(List<InputFault> faults, String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            String prefix = e.field() + ": ";
            String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            faults.add(new InputFault(field, message));
            return null;
        }
    }
}
