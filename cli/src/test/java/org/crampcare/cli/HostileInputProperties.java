package org.crampcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.crampcare.testing.HostileJson;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile JSON given to the command line, alone and as lines of a batch: status 0 or 2, never a crash; one JSON answer
 * per request, bounded in size; the good line after a hostile one still answered in its place.
 */
class HostileInputProperties {
    private static final String KNOWN = "{\"episode\":{\"locations\":[\"calf\"]}}";
    private static final String KNOWN_ANSWER = CliRun.of(KNOWN, "assess", "-").out();

    @Property(tries = 60)
    void aHostileRequestIsStatus2OrAnAnswerNeverACrash(@ForAll("hostileBodies") byte[] body) {
        CliRun run = CliRun.of(body, "assess", "-");
        assertThat(run.status()).isIn(0, 2);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.lines()).hasSize(1);
        assertThat(run.out().length()).isLessThanOrEqualTo(4 * body.length + 32 * 1024);
    }

    @Property(tries = 40)
    void inABatchAHostileLineSpoilsOnlyItself(@ForAll("hostileBodies") byte[] body) {
        byte[] line = new String(body, StandardCharsets.ISO_8859_1).replace('\n', ' ').replace('\r', ' ')
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] known = (KNOWN + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[known.length + line.length + 1 + known.length];
        System.arraycopy(known, 0, input, 0, known.length);
        System.arraycopy(line, 0, input, known.length, line.length);
        input[known.length + line.length] = '\n';
        System.arraycopy(known, 0, input, known.length + line.length + 1, known.length);
        CliRun run = CliRun.of(input, "assess", "--batch", "-");
        assertThat(run.status()).isIn(0, 2);
        assertThat(run.lines()).hasSize(3);
        assertThat(run.lines().get(0) + "\n").isEqualTo(KNOWN_ANSWER);
        assertThat(run.lines().get(2) + "\n").isEqualTo(KNOWN_ANSWER);
    }

    @Provide
    Arbitrary<byte[]> hostileBodies() {
        return HostileJson.bodies();
    }
}
