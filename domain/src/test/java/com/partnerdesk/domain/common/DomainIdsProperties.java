package com.partnerdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written GUID check accepts exactly what the documented pattern does. */
class DomainIdsProperties {
    @Property(tries = 2000)
    @Label("isGuid agrees with the GUID pattern, on GUIDs and near-misses alike")
    void agreesWithThePattern(@ForAll("guidLike") String text) {
        assertThat(DomainIds.isGuid(text)).isEqualTo(DomainIds.GUID.matcher(text).matches());
    }

    @Provide
    Arbitrary<String> guidLike() {
        Arbitrary<String> guids = Arbitraries.create(java.util.UUID::randomUUID).map(Object::toString);
        Arbitrary<String> upper = guids.map(String::toUpperCase);
        // one character replaced by anything from a small alphabet of digits, hex, non-hex letters and separators
        Arbitrary<String> mutated = net.jqwik.api.Combinators.combine(guids, Arbitraries.integers().between(0, 35),
                        Arbitraries.of('0', '9', 'a', 'f', 'A', 'F', 'g', 'G', 'z', '-', '_', ' ', '/', ':', '@', '`', '{'))
                .as((guid, at, c) -> guid.substring(0, at) + c + guid.substring(at + 1));
        Arbitrary<String> resized = net.jqwik.api.Combinators.combine(guids, Arbitraries.integers().between(0, 40))
                .as((guid, length) -> length <= 36 ? guid.substring(0, length) : guid + "0000".substring(0, length - 36));
        return Arbitraries.oneOf(guids, upper, mutated, resized);
    }
}
