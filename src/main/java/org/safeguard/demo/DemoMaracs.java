package org.safeguard.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.safeguard.marac.ImportedMaracArea;
import org.safeguard.marac.MaracImport;
import org.springframework.stereotype.Component;

/**
 * The demo partnership's four MARACs, the towns each covers, their monthly schedules (each in its own week of the
 * month, so the chair and coordinator can attend all four), chairs, coordinators and representatives; made through
 * the marac module's import when missing.
 */
@Component
class DemoMaracs {

    static final List<String> CORE_AGENCIES = List.of("POLICE", "CHILDRENS_SERVICES", "HEALTH", "HOUSING", "PROBATION",
            "IDVA_SERVICE", "ADULT_SOCIAL_CARE", "VICTIM_CARE_HUB");
    static final Map<String, String> REPRESENTATIVES = Map.of("specialist", "POLICE", "partner", "CHILDRENS_SERVICES",
            "idva", "IDVA_SERVICE");
    static final List<ImportedMaracArea> MARACS = List.of(
            marac("Hertfordshire East", 2, DayOfWeek.TUESDAY, List.of("Stevenage", "Hitchin", "Letchworth Garden City",
                    "Hertford", "Welwyn Garden City", "Hatfield", "Cheshunt", "Bishop's Stortford")),
            marac("Hertfordshire West", 1, DayOfWeek.THURSDAY, List.of("St Albans", "Watford", "Hemel Hempstead",
                    "Borehamwood")),
            marac("Bedfordshire", 3, DayOfWeek.WEDNESDAY, List.of("Bedford", "Luton", "Dunstable")),
            marac("Cambridgeshire", 4, DayOfWeek.TUESDAY, List.of("Cambridge", "Peterborough", "Huntingdon", "Wisbech",
                    "Ely")));

    private final MaracImport maracs;

    DemoMaracs(MaracImport maracs) {
        this.maracs = maracs;
    }

    /** The demo MARACs' names, as the generator looks them up. */
    static List<String> names() {
        return MARACS.stream().map(ImportedMaracArea::name).toList();
    }

    void ensure() {
        MARACS.forEach(maracs::ensureArea);
    }

    private static ImportedMaracArea marac(String name, int week, DayOfWeek day, List<String> covers) {
        return new ImportedMaracArea(name, covers, week, day, LocalTime.of(10, 0), 20, "supervisor", "marac.coordinator",
                CORE_AGENCIES, REPRESENTATIVES);
    }
}
