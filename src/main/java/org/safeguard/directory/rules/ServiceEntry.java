package org.safeguard.directory.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.safeguard.directory.NewPartnerService;
import org.safeguard.directory.ServiceKind;
import org.safeguard.platform.InvalidRequest;

/**
 * A directory entry as an administrator typed it, checked: a code, a name, a kind, a known agency, the areas (one
 * per line or separated by commas; none means everywhere), what it offers, how to refer, its hours and an SLA of
 * 1 to 2,160 hours (90 days), and optionally its full-time-equivalent workers, 0 to 500 to one decimal place (blank:
 * not given). Every problem is reported at once, against its field.
 */
public record ServiceEntry(String code, String name, ServiceKind kind, String agencyCode, List<String> areas,
                           String offers, String referralRoute, String hours, int slaHours,
                           BigDecimal fullTimeWorkers) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,59}");
    private static final Pattern WORKERS = Pattern.compile("\\d{1,3}(\\.\\d{1,3})?");
    public static final int MAX_SLA_HOURS = 2160;
    public static final BigDecimal MAX_WORKERS = BigDecimal.valueOf(500);
    public static final String WORKERS_TYPED_WRONG = "Enter the full-time workers as a number from 0 to 500 with at "
            + "most one decimal place, like 4.5, or leave it empty";

    public static ServiceEntry check(NewPartnerService typed, Set<String> agencyCodes) {
        String code = strip(typed.code()).toUpperCase(java.util.Locale.ROOT);
        ServiceKind kind = kindNamed(typed.kind());
        Integer sla = hours(typed.slaHours());
        List<String> areas = areas(typed.areas());
        BigDecimal workers = workers(typed.fullTimeWorkers());
        new InvalidRequest.Check()
                .require(CODE.matcher(code).matches(), "code",
                        "Enter a code of 2 to 60 capital letters, digits, '-' or '_', like IDVA-NORTH")
                .require(!strip(typed.name()).isEmpty(), "name", "Enter the service's name")
                .require(strip(typed.name()).length() <= 200, "name", "The name must be 200 characters or fewer")
                .require(kind != null, "kind", "Select what kind of service it is")
                .require(agencyCodes.contains(strip(typed.agencyCode())), "agencyCode", "Select the agency that runs it")
                .require(areas.stream().allMatch(a -> a.length() <= 100), "areas", "Each area must be 100 characters or fewer")
                .require(!strip(typed.offers()).isEmpty(), "offers", "Enter what the service offers")
                .require(strip(typed.offers()).length() <= 2000, "offers", "What it offers must be 2,000 characters or fewer")
                .require(!strip(typed.referralRoute()).isEmpty(), "referralRoute", "Enter how to refer to it")
                .require(strip(typed.referralRoute()).length() <= 1000, "referralRoute",
                        "How to refer must be 1,000 characters or fewer")
                .require(!strip(typed.hours()).isEmpty(), "hours", "Enter its hours, like Monday to Friday 9am to 5pm")
                .require(strip(typed.hours()).length() <= 300, "hours", "The hours must be 300 characters or fewer")
                .require(sla != null, "slaHours", "Enter how many hours it takes to answer a referral, from 1 to "
                        + MAX_SLA_HOURS)
                .require(strip(typed.fullTimeWorkers()).isEmpty() || workers != null, "fullTimeWorkers", WORKERS_TYPED_WRONG)
                .throwIfAny();
        return new ServiceEntry(code, strip(typed.name()), kind, strip(typed.agencyCode()), areas, strip(typed.offers()),
                strip(typed.referralRoute()), strip(typed.hours()), sla, workers);
    }

    /** Full-time workers typed like 4.5: null when blank or not 0 to 500 with at most one decimal place. */
    static BigDecimal workers(String typed) {
        String text = strip(typed);
        if (!WORKERS.matcher(text).matches()) {
            return null;
        }
        BigDecimal workers = new BigDecimal(text);
        if (workers.compareTo(MAX_WORKERS) > 0 || workers.stripTrailingZeros().scale() > 1) {
            return null;
        }
        return workers.setScale(1, RoundingMode.UNNECESSARY);
    }

    /** Areas typed one per line or separated by commas, blanks and repeats left out. */
    public static List<String> areas(List<String> typed) {
        if (typed == null) {
            return List.of();
        }
        return typed.stream().filter(t -> t != null).flatMap(t -> Arrays.stream(t.split("[,\\r\\n]+")))
                .map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }

    private static ServiceKind kindNamed(String typed) {
        return Arrays.stream(ServiceKind.values()).filter(k -> k.name().equals(strip(typed))).findFirst().orElse(null);
    }

    private static Integer hours(String typed) {
        String text = strip(typed);
        if (!text.matches("\\d{1,5}")) {
            return null;
        }
        int hours = Integer.parseInt(text);
        return hours >= 1 && hours <= MAX_SLA_HOURS ? hours : null;
    }

    private static String strip(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
