package org.safeguard.marac.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quarterly MARAC data return (after SafeLives' quarterly MARAC dataset), worked out from the cases a MARAC
 * heard in a calendar quarter. The figures and what they count:
 * <ul>
 *   <li><b>Meetings</b>: the meetings at which those cases were heard.</li>
 *   <li><b>Cases heard</b>: cases with a hearing (heard_at) in the quarter, UK dates, the first day of the quarter to
 *       the last inclusive; a case heard and later transferred to another area still counts where it was heard.</li>
 *   <li><b>Repeat cases</b>: cases heard that are repeats (re-referred within 12 months of the victim's last
 *       hearing, SafeLives' definition); the <b>repeat rate</b> is repeats as a percentage of cases heard, to one
 *       decimal place (none heard: 0).</li>
 *   <li><b>Referrals by referring agency</b>: the cases heard, by the agency that referred them; <b>referred by
 *       partners</b> counts every agency other than the police.</li>
 *   <li><b>Cases with children</b>: cases heard with one or more children in the household, and the number of
 *       those children.</li>
 *   <li><b>Equality</b>, of the victims of the cases heard, as the referral recorded them: from Black and minority
 *       ethnic groups, LGBT+, with a disability, male, aged 16 or 17 at referral. Each has a <b>not recorded</b>
 *       count: the cases where the field was left empty (sex: empty or not known), which are in neither the count
 *       nor its complement.</li>
 * </ul>
 */
public final class QuarterlyReturn {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q(\\d)", Pattern.CASE_INSENSITIVE);
    /** The referring agency that is not a partner. */
    public static final String POLICE = "POLICE";

    private QuarterlyReturn() {
    }

    /** A calendar quarter: Q1 is January to March. */
    public record Quarter(int year, int number) implements Comparable<Quarter> {

        public Quarter {
            if (number < 1 || number > 4) {
                throw new IllegalArgumentException("A year has quarters 1 to 4, not " + number);
            }
        }

        /**
         * The quarter typed as "2026-Q3" (or "2026Q3", any case); empty when it is not one, the message
         * {@link #TYPED_WRONG} says why.
         */
        public static Optional<Quarter> parse(String typed) {
            if (typed == null) {
                return Optional.empty();
            }
            Matcher m = QUARTER.matcher(typed.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            int number = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(1));
            return number >= 1 && number <= 4 && year >= 2000 ? Optional.of(new Quarter(year, number))
                    : Optional.empty();
        }

        /** The quarter the day falls in. */
        public static Quarter of(LocalDate day) {
            return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
        }

        public LocalDate firstDay() {
            return LocalDate.of(year, (number - 1) * 3 + 1, 1);
        }

        /** The day after the quarter's last. */
        public LocalDate dayAfter() {
            return firstDay().plusMonths(3);
        }

        /** The quarter's first moment, UK time. */
        public Instant from() {
            return firstDay().atStartOfDay(LONDON).toInstant();
        }

        /** The first moment after the quarter, UK time. */
        public Instant until() {
            return dayAfter().atStartOfDay(LONDON).toInstant();
        }

        public boolean holds(Instant at) {
            return !at.isBefore(from()) && at.isBefore(until());
        }

        public Quarter previous() {
            return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
        }

        @Override
        public int compareTo(Quarter other) {
            return Integer.compare(year * 4 + number, other.year * 4 + other.number);
        }

        @Override
        public String toString() {
            return year + "-Q" + number;
        }
    }

    /** Each figure and what it counts, as the return's page explains them (the same words as above). */
    public static final List<Measure> DEFINITIONS = List.of(
            new Measure("Meetings", "The meetings at which the cases below were heard."),
            new Measure("Cases heard", "Cases heard in the quarter (UK dates, first day to last), including any heard "
                    + "and later transferred to another area."),
            new Measure("Repeat cases", "Cases heard that were re-referred within 12 months of the victim's last "
                    + "hearing (SafeLives). The repeat rate is repeats as a percentage of cases heard."),
            new Measure("Referred by", "The cases heard, by the agency that referred them; partners are every agency "
                    + "but the police."),
            new Measure("Cases with children", "Cases heard with one or more children in the household, and how many "
                    + "children those households have."),
            new Measure("Equality", "The victims of the cases heard who are from Black and minority ethnic groups, "
                    + "LGBT+, have a disability, are male, or were aged 16 or 17 when referred, as the referral "
                    + "recorded them. 'Not recorded' counts the cases where the referral left it empty; they are in "
                    + "neither the count nor the rest."));

    /** What a page says when a quarter is typed wrong. */
    public static final String TYPED_WRONG = "Give the quarter as a year and a quarter from 1 to 4, like 2026-Q3";

    /**
     * A case heard, as the return needs it: its meeting, whether it was a repeat, who referred it, the children in
     * the household, and the victim's equality fields (null: not recorded).
     */
    public record HeardCase(long meetingId, boolean repeat, String referringAgency, int children, String victimSex,
                            Integer victimAge, Boolean victimBme, Boolean victimLgbt, Boolean victimDisability) {

        public HeardCase {
            Objects.requireNonNull(referringAgency, "referringAgency");
        }
    }

    /** A count and how many cases had the field not recorded. */
    public record Recorded(long count, long notRecorded) {
    }

    /** The return for one area (or all of them) and one quarter. */
    public record Figures(String area, Quarter quarter, long meetings, long casesHeard, long repeats,
                          Map<String, Long> byReferringAgency, long referredByPartners, long casesWithChildren,
                          long children, Recorded blackAndMinorityEthnic, Recorded lgbt, Recorded disability,
                          Recorded male, Recorded aged16To17) {

        public Figures {
            byReferringAgency = Map.copyOf(byReferringAgency);
        }

        /** Repeats as a percentage of cases heard, to one decimal place; 0 when none were heard. */
        public double repeatRate() {
            return casesHeard == 0 ? 0 : Math.round(repeats * 1000.0 / casesHeard) / 10.0;
        }

        /** The referring agencies in alphabetical order, with their counts. */
        public Map<String, Long> referringAgencies() {
            return new TreeMap<>(byReferringAgency);
        }

        /** Each figure as a measure and its value, in the order the CSV gives them. */
        public List<Measure> measures() {
            List<Measure> measures = new ArrayList<>();
            measures.add(new Measure("Meetings", String.valueOf(meetings)));
            measures.add(new Measure("Cases heard", String.valueOf(casesHeard)));
            measures.add(new Measure("Repeat cases", String.valueOf(repeats)));
            measures.add(new Measure("Repeat rate (%)", String.valueOf(repeatRate())));
            referringAgencies().forEach((agency, n) -> measures.add(new Measure("Referred by " + agency, String.valueOf(n))));
            measures.add(new Measure("Referred by partners (not police)", String.valueOf(referredByPartners)));
            measures.add(new Measure("Cases with children", String.valueOf(casesWithChildren)));
            measures.add(new Measure("Children in those households", String.valueOf(children)));
            recorded(measures, "Victims from Black and minority ethnic groups", blackAndMinorityEthnic);
            recorded(measures, "Victims who are LGBT+", lgbt);
            recorded(measures, "Victims with a disability", disability);
            recorded(measures, "Male victims", male);
            recorded(measures, "Victims aged 16 to 17", aged16To17);
            return measures;
        }

        private static void recorded(List<Measure> measures, String name, Recorded figure) {
            measures.add(new Measure(name, String.valueOf(figure.count())));
            measures.add(new Measure(name + ": not recorded", String.valueOf(figure.notRecorded())));
        }
    }

    /** One line of the return: what is counted and the figure. */
    public record Measure(String name, String value) {
    }

    /** The figures for the cases heard in the quarter in the area ("All areas" when they are every area's). */
    public static Figures of(String area, Quarter quarter, Collection<HeardCase> heard) {
        Map<String, Long> byAgency = new TreeMap<>();
        heard.forEach(c -> byAgency.merge(c.referringAgency(), 1L, Long::sum));
        return new Figures(area, quarter,
                heard.stream().mapToLong(HeardCase::meetingId).distinct().count(),
                heard.size(),
                count(heard, HeardCase::repeat),
                byAgency,
                count(heard, c -> !POLICE.equals(c.referringAgency())),
                count(heard, c -> c.children() > 0),
                heard.stream().mapToLong(HeardCase::children).sum(),
                recorded(heard, HeardCase::victimBme, Boolean.TRUE::equals),
                recorded(heard, HeardCase::victimLgbt, Boolean.TRUE::equals),
                recorded(heard, HeardCase::victimDisability, Boolean.TRUE::equals),
                recorded(heard, c -> c.victimSex() == null || "NOT_KNOWN".equals(c.victimSex()) ? null : c.victimSex(),
                        "MALE"::equals),
                recorded(heard, HeardCase::victimAge, age -> age >= 16 && age <= 17));
    }

    private static long count(Collection<HeardCase> heard, Predicate<HeardCase> which) {
        return heard.stream().filter(which).count();
    }

    private static <T> Recorded recorded(Collection<HeardCase> heard, Function<HeardCase, T> field, Predicate<T> counts) {
        long notRecorded = heard.stream().filter(c -> field.apply(c) == null).count();
        long count = heard.stream().map(field).filter(Objects::nonNull).filter(counts).count();
        return new Recorded(count, notRecorded);
    }
}
