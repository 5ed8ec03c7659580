package org.crampcare.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupLogTest {
    @Test
    void theH2FileIsNamedWithoutItsSettings() {
        assertThat(StartupLog.where("jdbc:h2:file:/root/.crampcare/crampcare;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"))
                .isEqualTo("h2:file:/root/.crampcare/crampcare");
    }

    @Test
    void aPostgresAddressLosesItsUserPasswordAndParameters() {
        assertThat(StartupLog.where("jdbc:postgresql://crampcare:s3cret@db.example:5432/crampcare?password=s3cret&ssl=true"))
                .isEqualTo("postgresql://db.example:5432/crampcare");
    }
}
