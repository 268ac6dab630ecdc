package org.safeguard.demo;

import org.springframework.stereotype.Component;

/** The demo partnership's partner services in the directory, one or more of each kind; created when missing. */
@Component
class DemoServices {

    void ensure() {
        // TODO (directory): the demo services
    }
}
