package org.safeguard.offender.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.intake.OffenceGroup;

/**
 * The RFG priority list's method (the project's, DOMAIN.md "RFG ranking"): how much harm a perpetrator
 * presents, from the recency, frequency and gravity of their domestic abuse and their number of victims.
 * <p>
 * A perpetrator is a person: every person record linked to theirs counts as them, and so does every
 * record of each of their victims. Only domestic abuse incidents in which the person is a suspect count,
 * and only those received in the <b>window</b> (default the last 36 calendar months). Months are calendar
 * months on the UK clock (Europe/London): "within 3 months" on 30 June means on or after 30 March.
 * <ul>
 * <li><b>R</b>, recency, from the latest incident: 5 if within 3 months, 4 within 6, 3 within 12, 2 within
 *     24, else 1 ({@link Weights#recencyWithinMonths()}, {@link Weights#recencyPoints()}).</li>
 * <li><b>F</b>, frequency: the number of incidents in the window, capped at 10 ({@link Weights#frequencyCap()}).
 *     An incident counts once however many victims or linked records of the suspect it names.</li>
 * <li><b>G</b>, gravity: the sum over the incidents of the weight of each one's most serious offence (the
 *     highest weight among the offences recorded on it); an incident with no offence recorded weighs
 *     {@link Weights#noOffence()} (default 0: a domestic incident without a crime adds to F only).</li>
 * <li><b>V</b>, victims: the number of distinct people recorded as victims in those incidents (linked records
 *     are one person; the perpetrator is never their own victim).</li>
 * </ul>
 * <b>Score = R × (F + G) × (1 + 0.5 × (V − 1))</b>, the 0.5 being {@link Weights#perExtraVictim()}. With no
 * victim recorded at all V is shown as 0 but the multiplier counts one, so a missing victim never lowers a
 * score below that of one victim. Scores keep two decimal places. The list is in <b>rank order</b>: highest
 * score first, ties to the more recent latest incident, then to the smaller person key, so the order is
 * the same every time.
 * <p>
 * Gravity weights: DOMAIN.md gives harassment 1, common assault 2, threats to kill 4, assault with injury 5,
 * strangulation 8, sexual offence 8 and serious wounding 10. The rest are <em>the project's choice</em>, to
 * be confirmed by the force: stalking 3 (above harassment: the course of conduct that most often precedes
 * serious harm), controlling or coercive behaviour 3 (a course of conduct too, an offence carrying up to
 * 5 years), criminal damage 1, breach of an order or bail 2 (defiance of a court or the police, a known
 * risk factor) and any other offence 1. Every weight is configurable ({@code safeguard.offender.rfg.*}).
 * <p>
 * Plain Java: no clock of its own (the caller passes "now"), no database.
 */
public final class RfgScoring {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The list's order: highest score, then latest incident, then smallest person key. */
    public static final Comparator<Score> RANK_ORDER = Comparator.comparing(Score::score, Comparator.reverseOrder())
            .thenComparing(Score::latestIncidentAt, Comparator.reverseOrder())
            .thenComparingLong(Score::personKey);

    private final Weights weights;

    public RfgScoring(Weights weights) {
        this.weights = weights;
    }

    public Weights weights() {
        return weights;
    }

    /** The first instant of the window ending now: incidents received from it on count. */
    public Instant windowStart(Instant now) {
        return monthsBefore(now, weights.windowMonths());
    }

    /** R for a latest incident at {@code latest}: the points of the first band it falls within. */
    public int recency(Instant latest, Instant now) {
        List<Integer> within = weights.recencyWithinMonths();
        for (int band = 0; band < within.size(); band++) {
            if (!latest.isBefore(monthsBefore(now, within.get(band)))) {
                return weights.recencyPoints().get(band);
            }
        }
        return weights.recencyPoints().get(within.size());
    }

    /** The weight of an incident: that of its most serious offence, or the no-offence weight. */
    public int gravity(Set<OffenceGroup> offences) {
        int most = -1;
        for (OffenceGroup offence : offences) {
            most = Math.max(most, weights.gravity().get(offence));
        }
        return most < 0 ? weights.noOffence() : most;
    }

    /** The score of a perpetrator's tally, as at {@code now}. */
    public Score score(Tally tally, Instant now) {
        if (tally.incidents == 0) {
            throw new IllegalArgumentException("Person " + tally.personKey + " has no incident to score");
        }
        Instant latest = tally.latestAt;
        int r = recency(latest, now);
        int f = Math.min(tally.incidents, weights.frequencyCap());
        int g = tally.gravity;
        int v = tally.victimCount;
        BigDecimal victimFactor = BigDecimal.ONE.add(weights.perExtraVictim().multiply(BigDecimal.valueOf(Math.max(v, 1) - 1L)));
        BigDecimal score = BigDecimal.valueOf((long) r * (f + g)).multiply(victimFactor).setScale(2, RoundingMode.HALF_UP);
        return new Score(tally.personKey, r, f, g, v, tally.incidents, latest, tally.latestArea, score);
    }

    private static Instant monthsBefore(Instant now, int months) {
        return ZonedDateTime.ofInstant(now, LONDON).minusMonths(months).toInstant();
    }

    /**
     * One perpetrator's incidents in the window, gathered one row at a time (an incident may come once per
     * victim and per linked record of the suspect: it counts once). Small and array-based, because a full
     * run holds one for every suspect in the force at once.
     */
    public static final class Tally {

        private final long personKey;
        private final RfgScoring method;
        private long[] incidentIds = new long[2];
        private int incidents;
        private int gravity;
        private Instant latestAt;
        private long latestIncidentId;
        private String latestArea;
        private long[] victimKeys = new long[2];
        private int victimCount;

        public Tally(long personKey, RfgScoring method) {
            this.personKey = personKey;
            this.method = method;
        }

        public long personKey() {
            return personKey;
        }

        public boolean isEmpty() {
            return incidents == 0;
        }

        /**
         * Adds one row: the incident (counted once), its victim (a person key, or null when none was
         * recorded; counted once, never the perpetrator themself).
         */
        public void add(long incidentId, Instant receivedAt, String area, Set<OffenceGroup> offences, Long victimKey) {
            if (!contains(incidentIds, incidents, incidentId)) {
                incidentIds = append(incidentIds, incidents++, incidentId);
                gravity += method.gravity(offences);
                int later = latestAt == null ? 1 : receivedAt.compareTo(latestAt);
                if (later > 0 || (later == 0 && incidentId > latestIncidentId)) {
                    latestAt = receivedAt;
                    latestIncidentId = incidentId;
                    latestArea = area;
                }
            }
            if (victimKey != null && victimKey != personKey && !contains(victimKeys, victimCount, victimKey)) {
                victimKeys = append(victimKeys, victimCount++, victimKey);
            }
        }

        private static boolean contains(long[] values, int count, long value) {
            for (int i = 0; i < count; i++) {
                if (values[i] == value) {
                    return true;
                }
            }
            return false;
        }

        private static long[] append(long[] values, int at, long value) {
            long[] grown = at < values.length ? values : Arrays.copyOf(values, values.length * 2);
            grown[at] = value;
            return grown;
        }
    }

    /** A perpetrator's score and its parts, so a reader can see why they stand where they do. */
    public record Score(long personKey, int recency, int frequency, int gravity, int victims, int incidents,
                        Instant latestIncidentAt, String area, BigDecimal score) {
    }

    /**
     * Every weight of the method, with DOMAIN.md's defaults ({@link #defaults()}).
     *
     * @param windowMonths        calendar months of incidents counted (36)
     * @param recencyWithinMonths the recency bands, nearest first (3, 6, 12, 24 months)
     * @param recencyPoints       R within each band, then R beyond the last (5, 4, 3, 2, then 1)
     * @param frequencyCap        F counts at most this many incidents (10)
     * @param gravity             the weight of each offence group (every group must have one)
     * @param noOffence           the weight of an incident with no offence recorded (0)
     * @param perExtraVictim      what each victim after the first adds to the multiplier (0.5)
     */
    public record Weights(int windowMonths, List<Integer> recencyWithinMonths, List<Integer> recencyPoints,
                          int frequencyCap, Map<OffenceGroup, Integer> gravity, int noOffence, BigDecimal perExtraVictim) {

        public Weights {
            recencyWithinMonths = List.copyOf(recencyWithinMonths);
            recencyPoints = List.copyOf(recencyPoints);
            Map<OffenceGroup, Integer> all = new EnumMap<>(OffenceGroup.class);
            all.putAll(gravity);
            gravity = java.util.Collections.unmodifiableMap(all);
        }

        /** DOMAIN.md's weights, and the project's choice where DOMAIN.md gives none (see the class). */
        public static Weights defaults() {
            return new Weights(36, List.of(3, 6, 12, 24), List.of(5, 4, 3, 2, 1), 10, defaultGravity(), 0,
                    new BigDecimal("0.5"));
        }

        public static Map<OffenceGroup, Integer> defaultGravity() {
            Map<OffenceGroup, Integer> weights = new EnumMap<>(OffenceGroup.class);
            weights.put(OffenceGroup.HARASSMENT, 1);
            weights.put(OffenceGroup.STALKING, 3);
            weights.put(OffenceGroup.CONTROLLING_OR_COERCIVE_BEHAVIOUR, 3);
            weights.put(OffenceGroup.CRIMINAL_DAMAGE, 1);
            weights.put(OffenceGroup.BREACH_OF_ORDER, 2);
            weights.put(OffenceGroup.COMMON_ASSAULT, 2);
            weights.put(OffenceGroup.THREATS_TO_KILL, 4);
            weights.put(OffenceGroup.ASSAULT_WITH_INJURY, 5);
            weights.put(OffenceGroup.STRANGULATION, 8);
            weights.put(OffenceGroup.SEXUAL_OFFENCE, 8);
            weights.put(OffenceGroup.SERIOUS_WOUNDING, 10);
            weights.put(OffenceGroup.OTHER, 1);
            return weights;
        }

        /** What is wrong with these weights, in words naming the setting; empty when nothing is. */
        public List<String> problems() {
            List<String> problems = new java.util.ArrayList<>();
            if (windowMonths < 1) {
                problems.add("window-months must be 1 or more");
            }
            for (int i = 0; i < recencyWithinMonths.size(); i++) {
                int months = recencyWithinMonths.get(i);
                if (months < 1 || months > windowMonths || (i > 0 && months <= recencyWithinMonths.get(i - 1))) {
                    problems.add("recency-within-months must rise, each from 1 to window-months: " + recencyWithinMonths);
                    break;
                }
            }
            if (recencyPoints.size() != recencyWithinMonths.size() + 1) {
                problems.add("recency-points needs one more value than recency-within-months (the points beyond the last band)");
            }
            if (recencyPoints.stream().anyMatch(p -> p < 0)) {
                problems.add("recency-points must not be negative");
            }
            if (frequencyCap < 1) {
                problems.add("frequency-cap must be 1 or more");
            }
            for (OffenceGroup group : OffenceGroup.values()) {
                Integer weight = gravity.get(group);
                if (weight == null || weight < 0) {
                    problems.add("gravity." + group.name().toLowerCase().replace('_', '-') + " must be 0 or more");
                }
            }
            if (noOffence < 0) {
                problems.add("no-offence must be 0 or more");
            }
            if (perExtraVictim == null || perExtraVictim.signum() < 0) {
                problems.add("per-extra-victim must be 0 or more");
            }
            return problems;
        }

        /** The weights in one line, kept with each full run. */
        public String describe() {
            StringBuilder text = new StringBuilder();
            text.append("window ").append(windowMonths).append(" months; recency ").append(recencyPoints)
                    .append(" within ").append(recencyWithinMonths).append(" months; frequency cap ").append(frequencyCap)
                    .append("; gravity ");
            gravity.forEach((group, weight) -> text.append(group.name().toLowerCase()).append('=').append(weight).append(' '));
            text.append("no-offence=").append(noOffence).append("; per extra victim ").append(perExtraVictim.toPlainString());
            return text.toString();
        }
    }
}
