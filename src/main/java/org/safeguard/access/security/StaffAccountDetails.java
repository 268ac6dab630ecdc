package org.safeguard.access.security;

import org.safeguard.access.store.StaffAccountStore;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks up the account being signed in to. */
@Component
class StaffAccountDetails implements UserDetailsService {

    private final StaffAccountStore accounts;

    StaffAccountDetails(StaffAccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String typed = username == null ? "" : username.strip();
        if (typed.isEmpty() || typed.length() > 60) {
            throw new UsernameNotFoundException("no such account");
        }
        return accounts.forSignIn(typed).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
