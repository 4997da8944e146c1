package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.partner.PartnerProfile;
import java.util.Optional;

/** The partner's settings: one row with a version; until saved, the default profile at version 0. */
public final class JdbiPartnerSettings implements PartnerSettings {
    private final SqliteDatabase db;

    JdbiPartnerSettings(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public PartnerProfile profile() {
        return db.read(h -> h.createQuery("SELECT * FROM partner_settings WHERE id = 1")
                .map((rs, ctx) -> new PartnerProfile(rs.getString("organization"),
                        rs.getString("contact_name") == null ? Optional.empty()
                                : Optional.of(new Contact(rs.getString("contact_name"),
                                        Email.of(rs.getString("contact_email")), rs.getString("contact_phone"))),
                        rs.getBoolean("advanced_support")))
                .findOne()
                .orElse(DEFAULT));
    }

    @Override
    public long version() {
        return db.read(h -> h.createQuery("SELECT version FROM partner_settings WHERE id = 1")
                .mapTo(Long.class).findOne().orElse(0L));
    }

    @Override
    public long save(PartnerProfile profile, long expectedVersion) {
        Optional<Contact> contact = profile.primaryContact();
        return db.write(h -> {
            long current = h.createQuery("SELECT version FROM partner_settings WHERE id = 1")
                    .mapTo(Long.class).findOne().orElse(0L);
            if (current != expectedVersion) {
                throw new StaleVersionException("The partner profile", "", expectedVersion, current);
            }
            h.createUpdate("""
                            INSERT INTO partner_settings (id, organization, contact_name, contact_email, contact_phone,
                                advanced_support, version)
                            VALUES (1, :organization, :name, :email, :phone, :advanced, :version)
                            ON CONFLICT (id) DO UPDATE SET organization = excluded.organization,
                                contact_name = excluded.contact_name, contact_email = excluded.contact_email,
                                contact_phone = excluded.contact_phone, advanced_support = excluded.advanced_support,
                                version = excluded.version""")
                    .bind("organization", profile.organization())
                    .bind("name", contact.map(Contact::name).orElse(null))
                    .bind("email", contact.map(c -> c.email().value()).orElse(null))
                    .bind("phone", contact.map(Contact::phone).orElse(null))
                    .bind("advanced", profile.advancedSupport())
                    .bind("version", current + 1)
                    .execute();
            return current + 1;
        });
    }
}
