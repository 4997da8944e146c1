package com.partnerdesk.domain.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.domain.common.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
    /** RFC 6238 appendix B's SHA-1 seed: the ASCII of "12345678901234567890". */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "RFC 6238 at {0} s: {1}")
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void rfc6238TestVectors(long seconds, String expected) {
        Instant at = Instant.ofEpochSecond(seconds);
        assertThat(Totp.code(RFC_SECRET, Totp.step(at), 8)).isEqualTo(expected);
        assertThat(Totp.code(RFC_SECRET, at)).isEqualTo(expected.substring(2));
    }

    @Test
    void hmacSha1MatchesRfc2202() {
        byte[] key = new byte[20];
        java.util.Arrays.fill(key, (byte) 0x0b);
        assertThat(HexFormat.of().formatHex(HmacSha1.mac(key, "Hi There".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("b617318655057264e28bc0b6fb378c8ef146be00");
        byte[] longKey = new byte[80];
        java.util.Arrays.fill(longKey, (byte) 0xaa);
        assertThat(HexFormat.of().formatHex(HmacSha1.mac(longKey,
                "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("aa4ae5e15272d00e95705637ce8a3b55ed402112");
    }

    @Test
    void aCodeIsAcceptedInItsStepAndOneStepEitherSideButNotTwo() {
        Instant now = Instant.ofEpochSecond(1111111111); // step 37037037, 1 s into it
        long step = Totp.step(now);
        for (long s = step - 1; s <= step + 1; s++) {
            String code = Totp.code(RFC_SECRET, s, 6);
            assertThat(Totp.match(RFC_SECRET, code, now, OptionalLong.empty())).hasValue(s);
        }
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 2, 6), now, OptionalLong.empty())).isEmpty();
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 2, 6), now, OptionalLong.empty())).isEmpty();
    }

    @Test
    void theWindowEdgesFollowTheClockToTheSecond() {
        Instant stepStart = Instant.ofEpochSecond(Totp.step(Instant.ofEpochSecond(1_700_000_000)) * 30);
        String code = Totp.code(RFC_SECRET, stepStart);
        // still good at the last second of the next step, gone at the first second of the one after
        assertThat(Totp.match(RFC_SECRET, code, stepStart.plusSeconds(59), OptionalLong.empty())).isPresent();
        assertThat(Totp.match(RFC_SECRET, code, stepStart.plusSeconds(60), OptionalLong.empty())).isEmpty();
        // good from the first second of the step before, not a second earlier
        assertThat(Totp.match(RFC_SECRET, code, stepStart.minusSeconds(30), OptionalLong.empty())).isPresent();
        assertThat(Totp.match(RFC_SECRET, code, stepStart.minusSeconds(31), OptionalLong.empty())).isEmpty();
    }

    @Test
    void aCodeOfAStepAlreadyUsedOrAnEarlierOneIsRefused() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        String code = Totp.code(RFC_SECRET, now);
        assertThat(Totp.match(RFC_SECRET, code, now, OptionalLong.of(step))).isEmpty();
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 1, 6), now, OptionalLong.of(step - 1)))
                .isEmpty();
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 1, 6), now, OptionalLong.of(step)))
                .hasValue(step + 1);
    }

    @Test
    void anythingButSixDigitsMatchesNothing() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.match(RFC_SECRET, "287082", now, OptionalLong.empty())).isPresent();
        assertThat(Totp.match(RFC_SECRET, "287 082", now, OptionalLong.empty())).isPresent();
        assertThat(Totp.match(RFC_SECRET, "94287082", now, OptionalLong.empty())).isEmpty();
        assertThat(Totp.match(RFC_SECRET, "28708a", now, OptionalLong.empty())).isEmpty();
        assertThat(Totp.match(RFC_SECRET, "", now, OptionalLong.empty())).isEmpty();
        assertThat(Totp.match(RFC_SECRET, null, now, OptionalLong.empty())).isEmpty();
        assertThat(Totp.match(RFC_SECRET, "287083", now, OptionalLong.empty())).isEmpty();
    }

    @Test
    void aSecretRoundTripsThroughBase32AndNamesItselfInTheOtpauthUri() {
        TotpSecret secret = TotpSecret.random();
        assertThat(TotpSecret.ofBase32(secret.base32())).isEqualTo(secret);
        assertThat(secret.base32()).hasSize(32);
        assertThat(Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(secret.otpauthUri("PartnerDesk", "ana@partner.example"))
                .startsWith("otpauth://totp/PartnerDesk:ana%40partner.example?secret=" + secret.base32())
                .contains("issuer=PartnerDesk", "digits=6", "period=30");
        assertThat(secret.toString()).doesNotContain(secret.base32());
        assertThatThrownBy(() -> TotpSecret.ofBase32("not base 32!")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("secret");
    }

    @Test
    void recoveryCodesAreTenDistinctAndTheirDigestIgnoresHowTheyWereTyped() {
        var codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        String code = codes.get(0);
        assertThat(RecoveryCodes.digest(code.toUpperCase().replace("-", " "))).isEqualTo(RecoveryCodes.digest(code));
        assertThat(RecoveryCodes.looksLikeOne(code)).isTrue();
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
    }
}
