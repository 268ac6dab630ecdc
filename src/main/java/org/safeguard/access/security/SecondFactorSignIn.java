package org.safeguard.access.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.rules.Base32;
import org.safeguard.access.rules.RecoveryCodes;
import org.safeguard.access.security.SecondFactorDue.Awaiting;
import org.safeguard.access.store.SecondFactorStore;
import org.safeguard.access.store.SecondFactorStore.RecoveryCode;
import org.safeguard.access.store.SecondFactorStore.Stored;
import org.safeguard.access.store.StaffAccountStore;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of signing in to the pages: setting up an authenticator app at first sign-in (and after an
 * ADMIN reset), then a code or a recovery code at every sign-in. Only here does a {@link SecondFactorDue}
 * become a signed-in {@link SignedInStaff}, with a new session id (session fixation).
 */
@Component
public class SecondFactorSignIn {

    static final String WRONG_RECOVERY_CODE = "That recovery code is not right or has been used. Enter one of your unused recovery codes";

    private final SecondFactorCodes codes;
    private final SecondFactorStore store;
    private final SecretSealing sealing;
    private final StaffAccountStore accounts;
    private final SignInAttempts attempts;
    private final PasswordEncoder hashes;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    SecondFactorSignIn(SecondFactorCodes codes, SecondFactorStore store, SecretSealing sealing,
                       StaffAccountStore accounts, SignInAttempts attempts, PasswordEncoder hashes, AuditTrail audit) {
        this.codes = codes;
        this.store = store;
        this.sealing = sealing;
        this.accounts = accounts;
        this.attempts = attempts;
        this.hashes = hashes;
        this.audit = audit;
    }

    /** The secret to put in an authenticator app: as text in groups of four, and as an {@code otpauth:} link. */
    public record Enrolment(String groupedSecret, String link) {
    }

    /** Where a second-factor step left the member of staff. */
    public sealed interface Step {
        /** Signed in; recovery codes are shown once when they were just made, else empty. */
        record SignedIn(List<String> newRecoveryCodes) implements Step { }
        record Refused(String message) implements Step { }
        /** Too many failures: the session is over and sign-in is locked for a while. */
        record Locked() implements Step { }
    }

    /** The pending sign-in of this request, if it is one. */
    public Optional<Awaiting> awaiting() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorDue due
                ? Optional.of(due.awaiting()) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public boolean enrolled(Awaiting who) {
        return store.find(who.accountId()).map(Stored::enrolled).orElse(false);
    }

    /** The secret being set up: made on the first visit, the same one on a reload until it is proved. */
    @Transactional
    public Enrolment enrolment(Awaiting who) {
        Stored stored = store.find(who.accountId()).filter(existing -> !existing.enrolled()).orElseGet(() -> {
            byte[] secret = new byte[20];
            random.nextBytes(secret);
            store.propose(who.accountId(), sealing.seal(secret, who.accountId()));
            return store.find(who.accountId()).orElseThrow();
        });
        String secret = Base32.encode(codes.secretOf(stored));
        String link = "otpauth://totp/Safeguard:" + URLEncoder.encode(who.username(), StandardCharsets.UTF_8)
                .replace("+", "%20") + "?secret=" + secret + "&issuer=Safeguard";
        return new Enrolment(Base32.grouped(secret), link);
    }

    /** The first code from the new app: proves it holds the secret, puts it in force and makes recovery codes. */
    @Transactional
    public Step confirmEnrolment(Awaiting who, String code, HttpServletRequest request, HttpServletResponse response) {
        if (codes.isLocked(who)) {
            return locked(request);
        }
        Optional<Stored> stored = store.find(who.accountId()).filter(existing -> !existing.enrolled());
        if (stored.isEmpty()) {
            return new Step.Refused("Your app is already set up. Enter the code it shows");
        }
        return afterCode(who, codes.check(who, stored.get(), code, false), request, response, true);
    }

    @Transactional
    public Step verify(Awaiting who, String code, HttpServletRequest request, HttpServletResponse response) {
        if (codes.isLocked(who)) {
            return locked(request);
        }
        Optional<Stored> stored = store.find(who.accountId()).filter(Stored::enrolled);
        if (stored.isEmpty()) {
            return new Step.Refused("Set up your authenticator app first");
        }
        return afterCode(who, codes.check(who, stored.get(), code, false), request, response, false);
    }

    /** A recovery code instead of the app's code: each works once. */
    @Transactional
    public Step useRecoveryCode(Awaiting who, String typed, HttpServletRequest request, HttpServletResponse response) {
        if (codes.isLocked(who)) {
            return locked(request);
        }
        String code = RecoveryCodes.normalised(typed);
        for (RecoveryCode held : store.unusedRecoveryCodes(who.accountId())) {
            if (!code.isEmpty() && hashes.matches(code, held.hash()) && store.spendRecoveryCode(held.id())) {
                audit.recordFor(who, AuditEvent.of("RECOVERY_CODE_USED", "staff_account", who.accountId()));
                return signIn(who, List.of(), request, response);
            }
        }
        boolean nowLocked = attempts.secondFactorFailed(who, who.accountId(), "wrong recovery code", true);
        return nowLocked ? locked(request) : new Step.Refused(WRONG_RECOVERY_CODE);
    }

    /** Where to go once signed in: the page first asked for, or the home page. */
    public String continueTo(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = savedRequests.getRequest(request, response);
        return saved != null ? saved.getRedirectUrl() : request.getContextPath() + "/";
    }

    private Step afterCode(Awaiting who, SecondFactorCodes.Result result, HttpServletRequest request,
                           HttpServletResponse response, boolean enrolling) {
        if (result instanceof SecondFactorCodes.Result.Refused refused && refused.locked()) {
            return locked(request);
        }
        if (result instanceof SecondFactorCodes.Result.Refused refused) {
            return new Step.Refused(refused.message());
        }
        List<String> recoveryCodes = List.of();
        if (enrolling) {
            recoveryCodes = RecoveryCodes.generate(random);
            store.replaceRecoveryCodes(who.accountId(), recoveryCodes.stream().map(hashes::encode).toList());
            audit.recordFor(who, AuditEvent.of("SECOND_FACTOR_ENROLLED", "staff_account", who.accountId()));
        }
        return signIn(who, recoveryCodes, request, response);
    }

    private Step signIn(Awaiting who, List<String> recoveryCodes, HttpServletRequest request,
                        HttpServletResponse response) {
        Optional<SignedInStaff> staff = accounts.forSignIn(who.username())
                .filter(found -> found.accountId() == who.accountId() && found.isEnabled());
        if (staff.isEmpty()) {
            return locked(request);
        }
        SignedInStaff signedIn = staff.get();
        signedIn.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
                signedIn.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        audit.recordFor(signedIn, AuditEvent.of("SECOND_FACTOR_PASSED", "staff_account", who.accountId()));
        attempts.succeeded(signedIn);
        return new Step.SignedIn(recoveryCodes);
    }

    private static Step locked(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return new Step.Locked();
    }
}
