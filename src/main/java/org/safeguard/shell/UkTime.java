package org.safeguard.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Times and dates as pages show them, in UK time whatever the server's zone:
 * {@code ${@ukTime.moment(incident.receivedAt)}} gives "24 Nov 2026, 21:05".
 */
@Component("ukTime")
public class UkTime {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(LONDON);

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(LONDON));
    }
}
