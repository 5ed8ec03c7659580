package org.crampcare.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** ./crampcare serve --port N: the port given is the port served. */
class ServeArgumentsTest {

    @Test
    void portAsOptionAndValueOrWithEqualsIsTheServerPort() {
        assertThat(CrampCareApplication.arguments("--port", "9090")).containsExactly("--server.port=9090");
        assertThat(CrampCareApplication.arguments("--port=9091", "--server.address=127.0.0.1"))
                .containsExactly("--server.port=9091", "--server.address=127.0.0.1");
    }

    @Test
    void aPortThatIsNotANumberIsAUsageError() {
        assertThatThrownBy(() -> CrampCareApplication.arguments("--port", "eighty")).hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> CrampCareApplication.arguments("--port", "70000")).hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> CrampCareApplication.arguments("--port")).hasMessageContaining("needs a port");
    }

    @Test
    void aRelativeDataFolderIsTakenFromTheWorkingDirectory() {
        assertThat(CrampCareApplication.absoluteDataDir("data/./diary"))
                .hasValue(java.nio.file.Path.of("").toAbsolutePath().resolve("data/diary").toString());
        assertThat(CrampCareApplication.absoluteDataDir("/srv/crampcare")).isEmpty();
        assertThat(CrampCareApplication.absoluteDataDir(null)).isEmpty();
    }

    @Test
    void theApplicationServesOnThePortGiven() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        try (ConfigurableApplicationContext context = CrampCareApplication.run(
                CrampCareApplication.arguments("--port", String.valueOf(free)).toArray(String[]::new))) {
            assertThat(((WebServerApplicationContext) context).getWebServer().getPort()).isEqualTo(free);
        }
    }
}
