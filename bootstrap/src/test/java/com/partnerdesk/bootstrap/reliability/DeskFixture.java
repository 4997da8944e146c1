package com.partnerdesk.bootstrap.reliability;

import com.partnerdesk.adapters.cli.CliSession;
import com.partnerdesk.bootstrap.PartnerDeskApp;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import picocli.CommandLine;

/**
 * A desk prepared the way an operator prepares one, through the ops CLI (in this JVM, on the database file the server
 * will then open): customers imported from CSV, a helpdesk agent with an API token, the partner's contact. And the
 * checks a test makes on the file afterwards, in plain SQL.
 */
final class DeskFixture {
    static final String SERVICE = "Exchange Online";
    static final String CLOUD = "GCC_HIGH";
    static final String REGION = "us-gov-virginia";
    private static final String AGENT = "storm.client@partner.example";

    final Path database;
    final List<String> tenants;
    final String token;

    private DeskFixture(Path database, List<String> tenants, String token) {
        this.database = database;
        this.tenants = List.copyOf(tenants);
        this.token = token;
    }

    /** {@code customers} customers, all in GCC High us-gov-virginia with Exchange Online, and an agent's token. */
    static DeskFixture prepare(Path database, int customers) throws IOException {
        List<String> tenants = new ArrayList<>();
        StringBuilder csv = new StringBuilder(
                "tenantId,name,domain,cloud,region,relationship,supportRole,supportPlan,resellerType,country,services\n");
        for (int i = 0; i < customers; i++) {
            String tenant = UUID.nameUUIDFromBytes(("storm-customer-" + i).getBytes(StandardCharsets.UTF_8)).toString();
            tenants.add(tenant);
            csv.append(tenant).append(",Storm Customer ").append(i).append(",storm").append(i)
                    .append(".onmicrosoft.us,").append(CLOUD).append(',').append(REGION)
                    .append(",ACTIVE,yes,CSP,DIRECT,US,").append(SERVICE).append(";Microsoft Teams\n");
        }
        Path file = database.resolveSibling("customers.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        PartnerDeskApp app = new PartnerDeskApp(database, Map.of(), CliSession.of("reliability-test", InputStream.nullInputStream()));
        try {
            cli(app, "customers", "import", file.toString());
            cli(app, "agents", "add", "--email", AGENT, "--name", "Storm Client", "--role", "HELPDESK_AGENT");
            cli(app, "agents", "screened", "--email", AGENT, "--yes"); // the storm's customers are GCC High
            String printed = cli(app, "agents", "token", "--email", AGENT);
            String token = printed.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                    .orElseThrow(() -> new AssertionError("no token in: " + printed));
            cli(app, "partner", "set", "--organization", "Storm Test Partners", "--contact-name", "Dana Whitfield",
                    "--contact-email", "support@storm-partners.example", "--contact-phone", "+1 703 555 0100");
            return new DeskFixture(database, tenants, token);
        } finally {
            app.close();
        }
    }

    /** Adds an agent with {@code role} through the ops CLI, on the fixture's file (no server may hold it). */
    void addAgent(String email, String name, String role) {
        PartnerDeskApp app = new PartnerDeskApp(database, Map.of(), CliSession.of("reliability-test",
                InputStream.nullInputStream()));
        try {
            cli(app, "agents", "add", "--email", email, "--name", name, "--role", role);
        } finally {
            app.close();
        }
    }

    private static String cli(PartnerDeskApp app, String... args) {
        CommandLine commandLine = app.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        if (exit != 0) { // plain, not AssertJ: bench/run's StormBench runs this without the test libraries
            throw new AssertionError("partnerdesk " + String.join(" ", args) + " exited " + exit + ": " + err);
        }
        return out.toString();
    }

    // --- the file, read directly -------------------------------------------------------------------------------

    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
    }

    Set<String> caseIds() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM cases")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    String integrityCheck() throws SQLException {
        return String.join("\n", strings("PRAGMA integrity_check"));
    }
}
