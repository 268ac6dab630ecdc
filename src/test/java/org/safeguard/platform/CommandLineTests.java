package org.safeguard.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The jar's command line: {@code generate --people N --seed S}, {@code bench NAME}. */
class CommandLineTests {

    @Test
    void readsTheCommandItsWordsAndBothOptionStyles() {
        CommandLine line = new CommandLine("bench", "history", "--people", "1000", "--seed=7", "--server.port=0");
        assertThat(line.is("bench")).isTrue();
        assertThat(line.words()).containsExactly("history");
        assertThat(line.longOption("people", 0)).isEqualTo(1000);
        assertThat(line.longOption("seed", 0)).isEqualTo(7);
        assertThat(line.longOption("missing", 42)).isEqualTo(42);
    }

    @Test
    void withoutACommandTheServiceRuns() {
        assertThat(CommandLine.namesACommand("--server.port=9090")).isFalse();
        assertThat(new CommandLine("--server.port=9090").is("generate")).isFalse();
    }

    @Test
    void aNumberOptionThatIsNotANumberIsRefusedClearly() {
        assertThatThrownBy(() -> new CommandLine("generate", "--people", "lots").longOption("people", 0))
                .isInstanceOf(InvalidRequest.class)
                .hasMessage("--people must be a whole number, not 'lots'");
    }

    @Test
    void acceptsThousandsSeparators() {
        assertThat(new CommandLine("generate", "--people", "1_000_000").longOption("people", 0)).isEqualTo(1_000_000);
    }
}
