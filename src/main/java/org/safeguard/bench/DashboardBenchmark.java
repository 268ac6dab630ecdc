package org.safeguard.bench;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.safeguard.access.ActingAs;
import org.safeguard.access.StaffDirectory;
import org.safeguard.access.security.SecondFactorReset;
import org.safeguard.demo.DemoOrganisation;
import org.safeguard.insight.Dashboard;
import org.safeguard.insight.DashboardFilter;
import org.safeguard.insight.DashboardSection;
import org.safeguard.insight.Insight;
import org.safeguard.insight.InsightRebuild;
import org.safeguard.insight.Period;
import org.safeguard.insight.RebuildReport;
import org.safeguard.platform.CommandLine;
import org.safeguard.risk.RiskLevel;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code bench dashboard [--people N] [--incidents M] [--renders R] [--updates U] [--rebuild] [--seed S]}: the
 * performance dashboard (issue 9: any page rendered server-side within 300 ms p95, and an event reflected in the
 * aggregates within 5 ms p95, with 2,000,000 incidents and their cases on 2 cores). Generates people and incidents
 * first when the database holds fewer (as {@code bench history} does); builds the dashboard's aggregates when they
 * have never been built ({@code --rebuild}: builds them again) and reports how long that took; then signs in as the
 * demo analyst over HTTP to the pages this process serves on a free local port and, after a warm-up, times
 * {@code --renders} pages — the overview and every section in turn, each with a filter drawn at random: a month,
 * quarter or year, all areas or one, all agencies or one, all risk levels or one — from request to the last byte
 * of the page; finally times {@code --updates} calls of the insight module's event listeners ({@link DashboardUpdates}),
 * each in its own transaction, after a warm-up of a fifth as many. Prints the details, then
 * {@code BENCH dashboard page_p95_ms=… update_p95_ms=…}.
 */
@Component
class DashboardBenchmark implements Benchmark {

    private static final String ANALYST = "analyst";
    private static final String ADMIN = "admin";
    private static final String OVERVIEW = "/insight";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final long DRAWING_SEED = 20_261_209;

    private final HistoryBenchmark volume;
    private final DemoOrganisation organisation;
    private final InsightRebuild rebuild;
    private final Insight insight;
    private final DashboardUpdates updates;
    private final ActingAs actingAs;
    private final Environment environment;
    private final Clock clock;
    private final StaffDirectory staff;
    private final SecondFactorReset secondFactors;

    DashboardBenchmark(HistoryBenchmark volume, DemoOrganisation organisation, InsightRebuild rebuild, Insight insight,
                       DashboardUpdates updates, ActingAs actingAs, Environment environment, Clock clock,
                       StaffDirectory staff, SecondFactorReset secondFactors) {
        this.volume = volume;
        this.organisation = organisation;
        this.rebuild = rebuild;
        this.insight = insight;
        this.updates = updates;
        this.actingAs = actingAs;
        this.environment = environment;
        this.clock = clock;
        this.staff = staff;
        this.secondFactors = secondFactors;
    }

    @Override
    public String name() {
        return "dashboard";
    }

    @Override
    public String description() {
        return "dashboard pages over HTTP and aggregate updates at 2,000,000 incidents";
    }

    @Override
    public LinkedHashMap<String, Object> run(CommandLine options) {
        organisation.ensure();
        volume.ensureData(options.longOption("people", 1_000_000), options.longOption("incidents", 2_000_000));
        int renders = (int) options.longOption("renders", 300);
        int updateCount = (int) options.longOption("updates", 2_000);
        long seed = options.longOption("seed", DRAWING_SEED);
        build(!options.option("rebuild", "no").equals("no"));

        Latencies pages = renders > 0 ? timePages(renders, seed) : new Latencies(1);
        Latencies updated = updateCount > 0 ? timeUpdates(updateCount, seed) : new Latencies(1);
        LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
        figures.put("page_p95_ms", pages.percentileMillis(95));
        figures.put("update_p95_ms", updated.percentileMillis(95));
        return figures;
    }

    /** Signs in as the analyst and renders {@code renders} pages after a warm-up; the timings of all of them. */
    private Latencies timePages(int renders, long seed) {
        int port = environment.getProperty("local.server.port", Integer.class, -1);
        if (port <= 0) {
            throw new IllegalStateException("bench dashboard times pages over HTTP, but this process serves none");
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        Period lastMonth = Period.containing(Period.Kind.MONTH, today).previous();
        Dashboard overview = actingAs.run(ANALYST, () -> insight.dashboard(new DashboardFilter(lastMonth, null, null, null)));
        List<String> pages = new ArrayList<>(List.of(OVERVIEW));
        overview.sections().stream().map(DashboardSection::id).forEach(id -> pages.add(OVERVIEW + "/" + id));
        Filters filters = new Filters(today, overview.areas(), overview.agencies());
        System.out.printf("Pages: %s; %,d areas and %,d agencies to filter by%n", String.join(", ", pages),
                filters.areas.size(), filters.agencies.size());

        SignedInBrowser browser = SignedInBrowser.signIn(port, ANALYST, organisation.demoPassword(),
                () -> actingAs.run(ADMIN, () -> secondFactors.reset(staff.accounts().stream()
                        .filter(account -> account.username().equals(ANALYST)).findFirst().orElseThrow().id(),
                        "bench dashboard: sets up the demo analyst's app again to sign in over HTTP")));
        Renders warmUp = new Renders(pages.size());
        int warmUps = Math.max(pages.size() * 3, renders / 3);
        System.out.printf("Warming up: %,d pages%n", warmUps);
        render(browser, pages, filters, new SplittableRandom(seed + 1), warmUps, warmUp);
        System.out.printf("Timing %,d pages%n", renders);
        Renders timed = new Renders(pages.size());
        render(browser, pages, filters, new SplittableRandom(seed), renders, timed);
        for (int p = 0; p < pages.size(); p++) {
            printLine(pages.get(p), timed.byPage.get(p));
        }
        printLine("all pages", timed.all);
        System.out.printf("pages=%d page_p50_ms=%s page_max_ms=%s page_failures=%d%n", renders,
                timed.all.percentileMillis(50), timed.all.percentileMillis(100), warmUp.failures + timed.failures);
        if (warmUp.failures + timed.failures > 0) {
            System.out.printf("  %,d pages did not render (the first: %s)%n", warmUp.failures + timed.failures,
                    warmUp.firstFailure != null ? warmUp.firstFailure : timed.firstFailure);
        }
        return timed.all;
    }

    /** Calls the insight module's listeners {@code count} times after a warm-up; the timings of all of them. */
    private Latencies timeUpdates(int updateCount, long seed) {
        List<DashboardUpdates.Update> drawn = updates.draw(updateCount + updateCount / 5, seed, clock.instant(), 2_000);
        System.out.printf("Warming up: %,d updates%n", updateCount / 5);
        drawn.subList(0, updateCount / 5).forEach(u -> u.apply().run());
        System.out.printf("Timing %,d updates, each in its own transaction%n", updateCount);
        Map<String, Latencies> byKind = new LinkedHashMap<>();
        Latencies allUpdates = new Latencies(updateCount);
        for (DashboardUpdates.Update update : drawn.subList(updateCount / 5, drawn.size())) {
            long started = System.nanoTime();
            update.apply().run();
            long took = System.nanoTime() - started;
            allUpdates.add(took);
            byKind.computeIfAbsent(update.kind(), k -> new Latencies(updateCount)).add(took);
        }
        byKind.forEach((kind, latencies) -> printLine("update: " + kind, latencies));
        printLine("all updates", allUpdates);
        System.out.printf("updates=%d update_p50_ms=%s update_max_ms=%s%n", updateCount,
                allUpdates.percentileMillis(50), allUpdates.percentileMillis(100));
        return allUpdates;
    }

    /** Builds the aggregates when they never were (or always, when asked), and says how long it took. */
    private void build(boolean always) {
        long started = System.nanoTime();
        if (always) {
            System.out.println("Rebuilding the dashboard's aggregates");
            RebuildReport report = rebuild.rebuild();
            System.out.printf("rebuild_s=%.1f rebuild_incidents=%d rebuild_tallies=%d%n", report.took().toMillis() / 1000.0,
                    report.incidents(), report.tallies());
        } else if (rebuild.rebuildIfNeverBuilt()) {
            System.out.printf("rebuild_s=%.1f (the aggregates had never been built)%n", (System.nanoTime() - started) / 1e9);
        } else {
            System.out.println("The dashboard's aggregates are built (--rebuild builds them again)");
        }
    }

    private static void render(SignedInBrowser browser, List<String> pages, Filters filters, SplittableRandom random,
                               int count, Renders renders) {
        for (int n = 0; n < count; n++) {
            int page = n % pages.size();
            String url = pages.get(page) + "?" + filters.draw(random, n);
            long started = System.nanoTime();
            HttpResponse<String> response = browser.get(url);
            long took = System.nanoTime() - started;
            renders.add(page, took, response.statusCode() == 200 ? null : response.statusCode() + " " + url);
        }
    }

    private static void printLine(String what, Latencies latencies) {
        System.out.printf("  %-24s p50_ms=%s p95_ms=%s max_ms=%s%n", what, latencies.percentileMillis(50),
                latencies.percentileMillis(95), latencies.percentileMillis(100));
    }

    /** Timings of pages rendered, overall and per page; pages that did not come back whole and 200 OK. */
    private static final class Renders {
        final Latencies all = new Latencies(300);
        final List<Latencies> byPage = new ArrayList<>();
        int failures;
        String firstFailure;

        Renders(int pages) {
            for (int p = 0; p < pages; p++) {
                byPage.add(new Latencies(64));
            }
        }

        void add(int page, long nanos, String failure) {
            all.add(nanos);
            byPage.get(page).add(nanos);
            if (failure != null && failures++ == 0) {
                firstFailure = failure;
            }
        }
    }

    /**
     * Filters as people choose them: the period a month, quarter or year in turn (the last two years' months, the last
     * eight quarters, this year and the two before); then, in turn, every area, agency and risk level, one area, one
     * agency, one risk level, or one area at one risk level.
     */
    private static final class Filters {
        final List<Period> months;
        final List<Period> quarters;
        final List<Period> years;
        final List<String> areas;
        final List<String> agencies;

        Filters(LocalDate today, List<String> areas, List<String> agencies) {
            Period thisMonth = Period.containing(Period.Kind.MONTH, today);
            this.months = thisMonth.previous().lastN(24);
            this.quarters = Period.containing(Period.Kind.QUARTER, today).lastN(8);
            this.years = Period.containing(Period.Kind.YEAR, today).lastN(3);
            this.areas = areas.stream().filter(a -> a != null && !a.isBlank()).toList();
            this.agencies = agencies.stream().filter(a -> a != null && !a.isBlank()).toList();
        }

        String draw(SplittableRandom random, int n) {
            List<Period> periods = switch (n / 10 % 3) {
                case 0 -> months;
                case 1 -> quarters;
                default -> years;
            };
            Map<String, String> query = new LinkedHashMap<>();
            query.put("period", periods.get(random.nextInt(periods.size())).code());
            int variant = n / 30 % 5;
            if ((variant == 1 || variant == 4) && !areas.isEmpty()) {
                query.put("area", areas.get(random.nextInt(areas.size())));
            }
            if (variant == 2 && !agencies.isEmpty()) {
                query.put("agency", agencies.get(random.nextInt(agencies.size())));
            }
            if (variant == 3 || variant == 4) {
                query.put("risk", RiskLevel.values()[random.nextInt(RiskLevel.values().length)].name());
            }
            return SignedInBrowser.encoded(query);
        }
    }
}
