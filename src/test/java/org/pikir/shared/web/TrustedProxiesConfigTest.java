package org.pikir.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesConfigTest {

    @Test
    void nothingIsTrustedByDefault() {
        assertThat(TrustedProxiesConfig.cidrList(null)).isEmpty();
        assertThat(TrustedProxiesConfig.cidrList("  ")).isEmpty();
    }

    @Test
    void singleAddressesGetTheirPrefixLengthSoTomcatReadsACidrListNotARegularExpression() {
        assertThat(TrustedProxiesConfig.cidrList("172.28.0.10, 10.0.0.0/8 ::1"))
                .isEqualTo("172.28.0.10/32, 10.0.0.0/8, ::1/128");
    }

    @Test
    void namesPatternsAndBadPrefixesAreRefusedAtStart() {
        assertThatThrownBy(() -> TrustedProxiesConfig.cidrList("proxy.example")).hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> TrustedProxiesConfig.cidrList(".*")).hasMessageContaining(".*");
        assertThatThrownBy(() -> TrustedProxiesConfig.cidrList("10.0.0.0/33")).hasMessageContaining("prefix");
    }
}
