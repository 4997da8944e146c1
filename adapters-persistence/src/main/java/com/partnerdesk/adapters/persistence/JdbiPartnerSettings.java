package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.partner.PartnerProfile;
import com.partnerdesk.domain.cases.BusinessCalendar;
import com.partnerdesk.domain.cases.ClockTargets;
import com.partnerdesk.domain.cases.CustomerClockSettings;
import com.partnerdesk.domain.cases.Impact;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

    @Override
    public CustomerClockSettings customerClock() {
        return db.read(h -> h.createQuery("SELECT * FROM customer_clock_settings WHERE id = 1")
                .map((rs, ctx) -> new CustomerClockSettings(
                        new ClockTargets(targets(rs.getString("first_response")), targets(rs.getString("resolution"))),
                        new BusinessCalendar(ZoneId.of(rs.getString("time_zone")),
                                Set.copyOf(Rows.split(rs.getString("working_days"), DayOfWeek::valueOf)),
                                LocalTime.parse(rs.getString("opens")), LocalTime.parse(rs.getString("closes")),
                                new TreeSet<>(Rows.split(rs.getString("holidays"), LocalDate::parse)))))
                .findOne()
                .orElse(CustomerClockSettings.DEFAULT));
    }

    @Override
    public long customerClockVersion() {
        return db.read(h -> h.createQuery("SELECT version FROM customer_clock_settings WHERE id = 1")
                .mapTo(Long.class).findOne().orElse(0L));
    }

    @Override
    public long saveCustomerClock(CustomerClockSettings settings, long expectedVersion) {
        BusinessCalendar calendar = settings.calendar();
        return db.write(h -> {
            long current = h.createQuery("SELECT version FROM customer_clock_settings WHERE id = 1")
                    .mapTo(Long.class).findOne().orElse(0L);
            if (current != expectedVersion) {
                throw new StaleVersionException("The customer clock settings", "", expectedVersion, current);
            }
            h.createUpdate("""
                            INSERT OR REPLACE INTO customer_clock_settings (id, first_response, resolution, time_zone,
                                working_days, opens, closes, holidays, version)
                            VALUES (1, :first, :resolution, :zone, :days, :opens, :closes, :holidays, :version)""")
                    .bind("first", targets(settings.targets().firstResponse()))
                    .bind("resolution", targets(settings.targets().resolution()))
                    .bind("zone", calendar.zone().getId())
                    .bind("days", Rows.joined(new TreeSet<>(calendar.workingDays())))
                    .bind("opens", calendar.opens().toString())
                    .bind("closes", calendar.closes().toString())
                    .bind("holidays", Rows.joined(calendar.holidays()))
                    .bind("version", current + 1)
                    .execute();
            return current + 1;
        });
    }

    private static String targets(Map<Impact, Duration> targets) {
        return new TreeMap<>(targets).entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    private static Map<Impact, Duration> targets(String text) {
        Map<Impact, Duration> targets = new EnumMap<>(Impact.class);
        for (String one : text.split(";")) {
            String[] pair = one.split("=", 2);
            targets.put(Impact.valueOf(pair[0]), Duration.parse(pair[1]));
        }
        return targets;
    }
}
