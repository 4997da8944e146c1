package com.partnerdesk.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerdesk.adapters.cli.CliTestDesk.Result;
import com.partnerdesk.domain.audit.AuditEvent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerCommandTest {
    private final CliTestDesk desk = new CliTestDesk();

    private Result setAll() {
        return desk.run("partner", "set", "--organization", "Federal Cloud Partners LLC", "--contact-name",
                "Dana Whitfield", "--contact-email", "Dana.Whitfield@federalcloudpartners.example", "--contact-phone",
                "+1 703 555 0100", "--advanced-support");
    }

    @Test
    void setSavesEveryFieldAndShowPrintsThem() {
        Result set = setAll();

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).startsWith("Saved the partner profile (version 1).\n");
        assertThat(desk.run("partner", "show").out()).isEqualTo("""
                organization:     Federal Cloud Partners LLC
                primary contact:  Dana Whitfield <dana.whitfield@federalcloudpartners.example>, +1 703 555 0100
                advanced support: yes
                """);
    }

    @Test
    void showAsJsonHasTheIssuesShape() throws Exception {
        setAll();
        JsonNode json = new ObjectMapper().readTree(desk.run("partner", "show", "--format", "json").out());

        assertThat(json.get("organization").asText()).isEqualTo("Federal Cloud Partners LLC");
        assertThat(json.at("/primaryContact/name").asText()).isEqualTo("Dana Whitfield");
        assertThat(json.at("/primaryContact/email").asText()).isEqualTo("dana.whitfield@federalcloudpartners.example");
        assertThat(json.at("/primaryContact/phone").asText()).isEqualTo("+1 703 555 0100");
        assertThat(json.get("advancedSupport").asBoolean()).isTrue();
        assertThat(json.size()).isEqualTo(3);
    }

    @Test
    void anEmptyDatabaseShowsTheDefaultProfileAndSaysTheContactIsMissing() throws Exception {
        Result show = desk.run("partner", "show");
        assertThat(show.out()).contains("PartnerDesk partner").contains("(none: set it with --contact-name");
        JsonNode json = new ObjectMapper().readTree(desk.run("partner", "show", "--format", "json").out());
        assertThat(json.get("primaryContact").isNull()).isTrue();
    }

    @Test
    void optionsNotGivenKeepTheirValue() {
        setAll();
        Result result = desk.run("partner", "set", "--contact-phone", "+1 202 555 0199", "--no-advanced-support");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(desk.run("partner", "show").out()).contains("Federal Cloud Partners LLC")
                .contains("Dana Whitfield <dana.whitfield@federalcloudpartners.example>, +1 202 555 0199")
                .contains("advanced support: no");
    }

    @Test
    void aBadEmailOrPhoneIsExitTwoNamingTheOptionAndNothingIsSaved() {
        Result result = desk.run("partner", "set", "--contact-name", "Dana", "--contact-email", "dana-at-partner",
                "--contact-phone", "call me");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("--contact-email: 'dana-at-partner' is not an e-mail address")
                .contains("--contact-phone: 'call me' is not a telephone number");
        assertThat(desk.run("partner", "show").out()).contains("PartnerDesk partner").contains("(none");
    }

    @Test
    void aContactNameAloneIsRefusedNamingTheMissingOptions() {
        Result result = desk.run("partner", "set", "--contact-name", "Dana");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("--contact-email: is required").contains("--contact-phone: is required");
    }

    @Test
    void theChangeIsAuditedUnderTheOperatorsName() {
        setAll();
        assertThat(desk.storage.audit().since(Optional.empty(), 10)).extracting(AuditEvent::actor, AuditEvent::action)
                .contains(org.assertj.core.groups.Tuple.tuple(CliTestDesk.OPERATOR, "partner.update"));
    }

    @Test
    void csvIsRefusedForShow() {
        assertThat(desk.run("partner", "show", "--format", "csv").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
