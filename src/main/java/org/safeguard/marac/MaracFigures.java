package org.safeguard.marac;

import java.util.List;
import java.util.Map;

/**
 * A MARAC's (or every MARAC's) figures for a period, for the dashboard, counted as the quarterly return counts them:
 * cases heard (repeats included, and cases heard then transferred), repeats among them, the meetings that heard
 * them, cases with children, cases heard by referring agency, and the towns the areas counted cover (to divide by
 * their adult female population). The equality counts are of the victims of the cases heard as the referral
 * recorded them, each with the cases where it was not recorded: the only place the product records ethnicity,
 * sexual orientation or disability.
 */
public record MaracFigures(long casesHeard, long repeats, long meetings, long casesWithChildren,
                           Map<String, Long> referralsByAgency, List<String> towns, Recorded blackAndMinorityEthnic,
                           Recorded lgbt, Recorded disability) {

    /** How many victims the field counts, and how many cases had it left empty (in neither the count nor the rest). */
    public record Recorded(long count, long notRecorded) {
    }

    public MaracFigures {
        referralsByAgency = Map.copyOf(referralsByAgency);
        towns = List.copyOf(towns);
    }

    /** No cases heard, in no towns: for a town no MARAC covers. */
    public static MaracFigures none() {
        Recorded nothing = new Recorded(0, 0);
        return new MaracFigures(0, 0, 0, 0, Map.of(), List.of(), nothing, nothing, nothing);
    }
}
