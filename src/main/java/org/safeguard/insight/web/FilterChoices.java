package org.safeguard.insight.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguard.access.Agency;
import org.safeguard.access.StaffDirectory;
import org.safeguard.insight.store.TallyStore;
import org.springframework.stereotype.Component;

/**
 * What the filter form offers: the areas and agencies the tallies have seen (no area, '', is not a choice), each
 * agency shown by its name where the directory knows its code. A typed area or agency must be one of these.
 */
@Component
class FilterChoices {

    private final TallyStore tallies;
    private final StaffDirectory directory;

    FilterChoices(TallyStore tallies, StaffDirectory directory) {
        this.tallies = tallies;
        this.directory = directory;
    }

    Choices now() {
        Map<String, String> names = directory.agencies().stream()
                .collect(Collectors.toMap(Agency::code, Agency::name, (one, other) -> one));
        List<String> agencies = tallies.agencies().stream().filter(code -> !code.isBlank()).toList();
        return new Choices(tallies.areas().stream().filter(area -> !area.isBlank()).toList(), agencies,
                agencies.stream().collect(Collectors.toMap(Function.identity(), code -> names.getOrDefault(code, code),
                        (one, other) -> one)));
    }

    /** The areas and agency codes, and each agency's name. */
    record Choices(List<String> areas, List<String> agencies, Map<String, String> agencyNames) {
    }
}
