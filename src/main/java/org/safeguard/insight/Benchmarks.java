package org.safeguard.insight;

/** The national and recommended figures the measures are compared with (DOMAIN.md), with their sources. */
final class Benchmarks {

    /** The inspection the force's figures come from (DOMAIN.md, seed 003). */
    private static final String HERTS_2014 = "HMIC, Hertfordshire Constabulary's approach to tackling domestic "
            + "abuse (2014)";

    static final Benchmark ARRESTS_PER_100_CRIMES = new Benchmark(
            "Most forces make 45 to 90 arrests per 100 domestic abuse crimes; Hertfordshire was reported at 76",
            45.0, 90.0, HERTS_2014);
    static final Benchmark CHARGE_SHARE = new Benchmark(
            "Reported for the force: 28% charged or summonsed (context, not a target)", null, null, HERTS_2014);
    static final Benchmark CAUTION_SHARE = new Benchmark(
            "Reported for the force: 20% cautioned (context, not a target)", null, null, HERTS_2014);
    static final Benchmark MARAC_REPEAT_RATE = new Benchmark(
            "Compare with the national repeat rate of 32%; no recommended range is confirmed", 32.0, 32.0,
            "SafeLives MARAC national dataset");
    static final Benchmark MARAC_VOLUME = new Benchmark(
            "SafeLives expects about 40 MARAC cases a year for every 10,000 adult (16+) women", 40.0, 40.0,
            "SafeLives");
    static final Benchmark IDVA_REFERRALS = new Benchmark(
            "SafeLives recommends about 100 referrals a year for each full-time IDVA", 100.0, 100.0, "SafeLives");
    static final Benchmark IDVA_CASELOAD = new Benchmark(
            "SafeLives recommends a live caseload of about 60 to 80 for each full-time IDVA", 60.0, 80.0, "SafeLives");
    static final Benchmark NAMED_SPOC = new Benchmark(
            "Every victim has one named single point of contact: target 100%", 100.0, null,
            "HMIC recommendation 4");

    private Benchmarks() {
    }
}
