package org.safeguard.support;

import java.util.List;
import java.util.Optional;
import org.safeguard.intake.HistoryContributor;
import org.safeguard.intake.HistorySection;
import org.safeguard.intake.HistorySubject;
import org.springframework.stereotype.Component;

/**
 * A module's history section as tests need it: silent unless switched on; when on, it adds a
 * section (as the risk or safeguarding module will) or fails (as a slow or broken module might).
 */
@Component
public class SwitchableHistoryContributor implements HistoryContributor {

    public enum Mode { SILENT, ANSWERS, FAILS }

    private volatile Mode mode = Mode.SILENT;

    public void set(Mode mode) {
        this.mode = mode;
    }

    @Override
    public String checkName() {
        return "Test module";
    }

    @Override
    public Optional<HistorySection> contribute(HistorySubject subject) {
        return switch (mode) {
            case SILENT -> Optional.empty();
            case ANSWERS -> Optional.of(new HistorySection("Named SPOC", List.of("DC Test Person, specialist team"),
                    "Named SPOC: DC Test Person"));
            case FAILS -> throw new IllegalStateException("the test module is down");
        };
    }
}
