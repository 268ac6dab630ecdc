package org.safeguard.access;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.access.rules.AccountRules;
import org.safeguard.platform.InvalidRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What an administrator must give to create an account, an agency or a team. */
class AccountRulesTests {

    private static NewStaffAccount account(String username, String password, Set<String> roles) {
        return new NewStaffAccount(username, "Jo Bloggs", "jo@police.example", 1L, null, roles, password);
    }

    @Test
    void aCompleteAccountPasses() {
        AccountRules.checkAccount(account("jo.bloggs", "long-enough-password", Set.of("OFFICER")));
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsField() {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, () -> AccountRules.checkAccount(
                new NewStaffAccount("J", " ", "not-an-email", null, null, Set.of(), "short")));
        assertThat(refused.byField()).containsKeys("username", "displayName", "email", "agencyId", "roles", "password");
        assertThat(refused.byField().get("password")).isEqualTo("Password must be 12 characters or more");
    }

    @Test
    void aPasswordMayNotContainTheUsername() {
        assertThatThrownBy(() -> AccountRules.checkAccount(account("jo.bloggs", "my-jo.bloggs-password", Set.of("OFFICER"))))
                .isInstanceOf(InvalidRequest.class)
                .hasMessage("Password must not contain the username");
    }

    @Test
    void onlyKnownRolesMayBeGiven() {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
                () -> AccountRules.checkAccount(account("jo.bloggs", "long-enough-password", Set.of("SUPERUSER"))));
        assertThat(refused.byField()).containsEntry("roles", "Select roles from the list");
    }

    @Test
    void anAgencyNeedsACodeANameAndAKnownKind() {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
                () -> AccountRules.checkAgency(new NewAgency("lower case", "", "CASTLE")));
        assertThat(refused.byField()).containsKeys("code", "name", "kind");
    }

    @Test
    void throttleKeysIgnoreCaseAndSpaces() {
        assertThat(AccountRules.throttleKey("  Officer ")).isEqualTo(AccountRules.throttleKey("officer"));
    }
}
