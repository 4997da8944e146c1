package com.partnerdesk.adapters.web.support;

import com.partnerdesk.application.port.in.Abilities;
import gg.jte.Content;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every page's layout needs: the title, who is signed in, the CSRF token for its forms, what the agent may do (as
 * the application decided it), the menu section, and the confirmation of what the agent's last action did.
 */
public record Page(String title, String agentName, List<String> roles, String csrfToken, Abilities abilities,
                   String section, String notice, ZoneId zone) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    public Page {
        zone = zone == null ? ZoneOffset.UTC : zone;
        roles = roles == null ? List.of() : List.copyOf(roles);
        csrfToken = csrfToken == null ? "" : csrfToken;
        abilities = abilities == null ? Abilities.NONE : abilities;
        section = section == null ? "" : section;
        notice = notice == null ? "" : notice;
    }

    /** A time in the agent's zone, with the same time in UTC at hand (its title) and in machine form. */
    public Content when(Instant at) {
        if (at == null) {
            return out -> out.writeContent("—");
        }
        String local = zone.normalized().equals(ZoneOffset.UTC) ? UTC.format(at) : LOCAL.format(at.atZone(zone));
        String utc = UTC.format(at);
        return out -> out.writeContent("<time datetime=\"" + at + "\" title=\"" + utc + "\">" + local + "</time>");
    }

    public Content when(Optional<Instant> at) {
        return when(at.orElse(null));
    }

    /** The value of a date-and-time field: the agent's wall-clock time. */
    public String inputTime(Instant at) {
        return at == null ? "" : INPUT.format(at.atZone(zone));
    }

    /** The name of the agent's zone, e.g. Europe/Paris. */
    public String zoneName() {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    public boolean signedIn() {
        return agentName != null;
    }

    /** Health issues are in the menu. */
    public boolean admin() {
        return abilities.manageHealth();
    }

    /** Agents are in the menu. */
    public boolean globalAdmin() {
        return abilities.manageAgents();
    }

    public boolean mayWorkCases() {
        return abilities.workCases();
    }
}
