package org.safeguard.access.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.store.SecondFactorStore.Stored;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The API's sign-in: HTTP Basic and, in the {@code X-One-Time-Password} header, the account's current code.
 * Unlike the pages, the code of the step last used is accepted again: a client makes many calls a minute
 * with one code, and every call carries the password too. An account without a second factor set up is
 * refused: it must sign in to the pages once first.
 */
class ApiSignIn implements AuthenticationProvider {

    static final String HEADER = "X-One-Time-Password";

    private final StaffAuthenticationProvider password;
    private final SecondFactorCodes codes;
    private final SignInAttempts attempts;
    private final TransactionOperations transactions;

    ApiSignIn(StaffAuthenticationProvider password, SecondFactorCodes codes, SignInAttempts attempts,
              TransactionOperations transactions) {
        this.password = password;
        this.codes = codes;
        this.attempts = attempts;
        this.transactions = transactions;
    }

    /** The header, carried from the request to this provider as the authentication's details. */
    record CallDetails(String oneTimePassword) {
    }

    static AuthenticationDetailsSource<HttpServletRequest, CallDetails> details() {
        return request -> new CallDetails(request.getHeader(HEADER));
    }

    /** A refusal whose message the problem JSON shows as it is. */
    static final class SecondFactorRequired extends AuthenticationException {
        SecondFactorRequired(String message) {
            super(message);
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Authentication result = password.authenticate(authentication);
        if (!(result.getPrincipal() instanceof SignedInStaff staff)) {
            throw new BadCredentialsException("unexpected principal");
        }
        String typed = authentication.getDetails() instanceof CallDetails details ? details.oneTimePassword() : null;
        String refusal = transactions.execute(status -> refusal(staff, typed));
        if (refusal != null) {
            throw new SecondFactorRequired(refusal);
        }
        attempts.succeeded(staff);
        return result;
    }

    private String refusal(SignedInStaff staff, String typed) {
        Optional<Stored> stored = codes.stored(staff.accountId()).filter(Stored::enrolled);
        if (stored.isEmpty()) {
            return "This account has no second factor set up. Sign in to the Safeguard pages once to set up "
                    + "an authenticator app, then send its code in the " + HEADER + " header.";
        }
        if (typed == null || typed.isBlank()) {
            attempts.secondFactorFailed(staff, staff.accountId(), "no code sent to the API", false);
            return "Send the current code from your authenticator app in the " + HEADER
                    + " header, as well as your username and password.";
        }
        return codes.check(staff, stored.get(), typed, true) instanceof SecondFactorCodes.Result.Refused refused
                ? refused.message() + " (" + HEADER + " header)" : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
