package org.safeguard.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.safeguard.audit.chain.AuditChain;
import org.safeguard.audit.chain.ChainWalk;
import org.safeguard.audit.rules.ActionWords;
import org.safeguard.audit.rules.ActivityPeriod;
import org.safeguard.audit.store.AuditStore;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit module's API. Call {@link #record(AuditEvent)} inside the transaction that does the
 * work: the row commits with the work or not at all.
 */
@Service
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final int MAX_REASON = 1000;

    private final AuditStore store;
    private final Clock clock;

    AuditTrail(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records the event as done by whoever is signed in (or the system, when nobody is). */
    @Transactional
    public AuditRecord record(AuditEvent event) {
        return recordFor(currentActor(), event);
    }

    /** Records the event as done by the given actor: for sign-in attempts, before anyone is signed in. */
    @Transactional
    public AuditRecord recordFor(AuditActor actor, AuditEvent event) {
        AuditRecord row = new AuditRecord(0, AuditChain.storable(clock.instant()), truncate(actor.username(), 100),
                actor.agencyCode(), event.action(), event.subjectType(), truncate(event.subjectId(), 100),
                truncate(event.reason(), MAX_REASON), RequestContext.id());
        return store.append(row);
    }

    /** Walks the whole chain and reports the first broken link, if any. Records that it was checked. */
    @Transactional
    public AuditVerification verify() {
        ChainWalk walk = new ChainWalk();
        store.streamChain(walk);
        AuditStore.ChainHead head = store.head();
        walk.finish(head.seq(), head.hash());
        AuditVerification result = new AuditVerification(!walk.isBroken(), walk.rowsChecked(),
                walk.firstBrokenSeq(), walk.problem(), clock.instant());
        // The head is logged so it can be kept off this machine: a copy elsewhere catches a rewritten chain.
        log.info("Audit chain verified: intact={} rows={} head seq={} hash={}", result.intact(),
                result.rowsChecked(), head.seq(), head.hash());
        record(AuditEvent.of("AUDIT_LOG_VERIFIED"));
        return result;
    }

    /** The newest rows, optionally only one user's or one record's; reading them is itself recorded. */
    @Transactional
    public List<AuditRecord> recent(String username, String subjectType, String subjectId, int limit) {
        List<AuditRecord> rows = store.recent(blankToNull(username), blankToNull(subjectType),
                blankToNull(subjectId), Math.max(1, Math.min(limit, 500)));
        record(AuditEvent.of("AUDIT_LOG_VIEWED").because(describe(username, subjectType, subjectId)));
        return rows;
    }

    /**
     * Who has read or changed these records (one type; a person's linked records together), newest first, at most
     * {@code limit} rows (1 to 500). This module cannot tell who may see the list: the calling page decides (the
     * record's owner and supervisors). Reading it is recorded as {@code RECORD_VIEWERS_VIEWED}.
     */
    @Transactional
    public List<RecordView> whoHasSeen(String subjectType, Collection<String> subjectIds, int limit) {
        Objects.requireNonNull(subjectType, "subjectType");
        List<String> ids = subjectIds.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
        List<RecordView> views = store.about(subjectType, ids, Math.max(1, Math.min(limit, 500))).stream()
                .map(this::asView).toList();
        record(new AuditEvent(AuditStore.LOOKS_AT_VIEWERS, subjectType, ids.size() == 1 ? ids.get(0) : null,
                ids.size() == 1 ? null : subjectType + " " + String.join(", ", ids)));
        return views;
    }

    /**
     * Everything the user did in the period, for professional standards and administrators: the counts by action
     * over the whole period and the newest rows (at most {@link ActivityPeriod#MOST_ROWS}). Recorded as
     * {@code USER_ACTIVITY_VIEWED}, also when the username is unknown.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PROFESSIONAL_STANDARDS','ADMIN')")
    public UserActivity activityOf(String username, ActivityPeriod period, boolean download) {
        String user = username == null ? "" : username.strip();
        if (user.isEmpty()) {
            throw InvalidRequest.of("user", "Enter the username of the person whose activity you need");
        }
        ZoneId zone = clock.getZone();
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant until = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        boolean known = store.mentions(user);
        List<UserActivity.ActionCount> counts = new ArrayList<>();
        List<RecordView> rows = List.of();
        boolean cut = false;
        if (known) {
            store.countsBy(user, from, until).forEach((action, times) ->
                    counts.add(new UserActivity.ActionCount(action, ActionWords.of(action), times)));
            List<AuditRecord> done = store.doneBy(user, from, until, ActivityPeriod.MOST_ROWS + 1);
            cut = done.size() > ActivityPeriod.MOST_ROWS;
            rows = done.stream().limit(ActivityPeriod.MOST_ROWS).map(this::asView).toList();
        }
        record(AuditEvent.of("USER_ACTIVITY_VIEWED", "user", truncate(user, 100)).because(period.from() + " to "
                + period.to() + (download ? ", downloaded as CSV" : "") + (known ? "" : ", no such user in the log")));
        return new UserActivity(user, known, period, List.copyOf(counts), rows, cut);
    }

    private RecordView asView(AuditRecord row) {
        return new RecordView(row.occurredAt().atZone(clock.getZone()), row.username(), row.agency(), row.action(),
                ActionWords.of(row.action()), row.subjectType(), row.subjectId(), row.reason());
    }

    private static String describe(String username, String subjectType, String subjectId) {
        StringBuilder filter = new StringBuilder("filter:");
        if (blankToNull(username) != null) {
            filter.append(" user=").append(username.strip());
        }
        if (blankToNull(subjectType) != null) {
            filter.append(" type=").append(subjectType.strip());
        }
        if (blankToNull(subjectId) != null) {
            filter.append(" id=").append(subjectId.strip());
        }
        return filter.toString();
    }

    private static AuditActor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return AuditActor.SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return AuditActor.named("anonymous", null);
        }
        if (authentication.getPrincipal() instanceof AuditActor actor) {
            return actor;
        }
        return AuditActor.named(authentication.getName(), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
