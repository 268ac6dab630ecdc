package org.safeguard.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoints that fail, to show what a user sees when something breaks. */
class FailingController {

    @Controller
    static class Page {
        @GetMapping("/test-support/failure")
        String fail() {
            throw new IllegalStateException("secret-detail that must never reach a user");
        }
    }

    @RestController
    static class Api {
        @GetMapping("/api/v1/test-support/failure")
        String fail() {
            throw new IllegalStateException("secret-detail that must never reach a user");
        }
    }
}
