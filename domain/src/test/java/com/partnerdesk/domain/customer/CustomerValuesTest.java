package com.partnerdesk.domain.customer;

import static com.partnerdesk.domain.fixtures.CustomerBuilder.aCustomer;
import static com.partnerdesk.domain.fixtures.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.domain.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Customer and its values")
class CustomerValuesTest {

    @Nested
    @DisplayName("TenantId")
    class TenantIds {

        @Test
        @DisplayName("is a GUID, kept lower case")
        void guidLowerCase() {
            assertThat(TenantId.of("0B7C5E4A-1D2F-4A3B-9C8D-7E6F5A4B3C2D").value())
                    .isEqualTo("0b7c5e4a-1d2f-4a3b-9c8d-7e6f5a4b3c2d");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"contoso", "0b7c5e4a-1d2f-4a3b-9c8d", "0b7c5e4a-1d2f-4a3b-9c8d-7e6f5a4b3c2g"})
        @DisplayName("rejects what is not a GUID, naming the field and the value")
        void rejectsNonGuid(String value) {
            assertRejected(() -> TenantId.of(value), "tenantId", "'" + value + "' is not a GUID");
        }

        @Test
        @DisplayName("rejects a missing value")
        void rejectsNull() {
            assertRejected(() -> TenantId.of(null), "tenantId", "is required");
        }
    }

    @Nested
    @DisplayName("Region")
    class Regions {

        @Test
        @DisplayName("is compared case-insensitively")
        void caseInsensitive() {
            assertThat(Region.of(" US-Gov-Virginia ")).isEqualTo(Fixtures.VIRGINIA);
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"us gov virginia", "us_gov_virginia", "-us-gov", "us--gov"})
        @DisplayName("rejects what is not a region name, naming the field and the value")
        void rejectsBadRegion(String value) {
            assertRejected(() -> Region.of(value), "region", "'" + value + "' is not a region name");
        }

        @Test
        @DisplayName("rejects a blank region")
        void rejectsBlank() {
            assertRejected(() -> Region.of("  "), "region", "must not be blank");
        }
    }

    @Nested
    @DisplayName("CountryCode")
    class CountryCodes {

        @Test
        @DisplayName("is an ISO 3166 alpha-2 code, kept upper case")
        void upperCase() {
            assertThat(CountryCode.of("us").value()).isEqualTo("US");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"USA", "ZZ", "U", "12"})
        @DisplayName("rejects what is not an assigned alpha-2 code, naming the field and the value")
        void rejectsBadCode(String value) {
            assertRejected(() -> CountryCode.of(value), "countryCode", "'" + value + "' is not an ISO 3166 alpha-2 country code");
        }
    }

    @Nested
    @DisplayName("Customer")
    class Customers {

        @Test
        @DisplayName("permits support only when the relationship is ACTIVE and grants support rights")
        void relationshipPermitsSupport() {
            assertThat(aCustomer().build().relationshipPermitsSupport()).isTrue();
            assertThat(aCustomer().supportRights(false).build().relationshipPermitsSupport()).isFalse();
            assertThat(aCustomer().relationship(RelationshipStatus.EXPIRED).build().relationshipPermitsSupport()).isFalse();
        }

        @Test
        @DisplayName("finds its managed services by name, whatever the case")
        void managedService() {
            assertThat(aCustomer().build().managedService(" exchange online ")).contains(Fixtures.EXCHANGE_ONLINE);
            assertThat(aCustomer().services(List.of(Fixtures.TEAMS)).build().manages(Fixtures.EXCHANGE_ONLINE)).isFalse();
        }

        @Test
        @DisplayName("rejects a malformed domain, naming the field and the value")
        void rejectsBadDomain() {
            assertRejected(() -> aCustomer().domain("contoso onmicrosoft us").build(), "domain",
                    "'contoso onmicrosoft us' is not a domain name");
        }

        @Test
        @DisplayName("rejects a blank name")
        void rejectsBlankName() {
            assertRejected(() -> aCustomer().name(" ").build(), "name", "must not be blank");
        }

        @Test
        @DisplayName("rejects a name longer than 200 characters, saying how long it is")
        void rejectsLongName() {
            assertRejected(() -> aCustomer().name("x".repeat(201)).build(), "name", "is 201 characters long; at most 200");
        }

        @Test
        @DisplayName("rejects a customer without managed services")
        void rejectsNoServices() {
            assertRejected(() -> aCustomer().services(List.of()).build(), "services", "must name at least one value");
        }

        @Test
        @DisplayName("rejects a missing tenant id")
        void rejectsMissingTenant() {
            assertRejected(() -> aCustomer().tenant(null).build(), "tenantId", "is required");
        }

        @Test
        @DisplayName("parses a cloud by name and rejects an unknown one by name")
        void cloud() {
            assertThat(Cloud.parse("cloud", "gcc_high")).isEqualTo(Cloud.GCC_HIGH);
            assertRejected(() -> Cloud.parse("cloud", "AZURE_CHINA"), "cloud",
                    "'AZURE_CHINA' is not one of COMMERCIAL, GCC, GCC_HIGH, DOD");
        }
    }
}
