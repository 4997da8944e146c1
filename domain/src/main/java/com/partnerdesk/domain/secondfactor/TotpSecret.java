package com.partnerdesk.domain.secondfactor;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/** An agent's TOTP secret: 20 random bytes (RFC 4226's recommended 160 bits), shown once as base 32. */
public final class TotpSecret {
    public static final int BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private TotpSecret(byte[] bytes) {
        if (bytes.length < 16) {
            throw new InvalidValueException("secret", "must be at least 128 bits");
        }
        this.bytes = bytes.clone();
    }

    public static TotpSecret random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new TotpSecret(bytes);
    }

    public static TotpSecret ofBase32(String text) {
        return new TotpSecret(Base32.decode("secret", Require.text("secret", text)));
    }

    public String base32() {
        return Base32.encode(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The {@code otpauth://} URI an authenticator app reads from the QR code: the desk as issuer, the agent's e-mail
     * as the account.
     */
    public String otpauthUri(String issuer, String account) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32() + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TotpSecret other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TotpSecret[hidden]";
    }
}
