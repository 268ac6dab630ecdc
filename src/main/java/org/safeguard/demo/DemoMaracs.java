package org.safeguard.demo;

import org.springframework.stereotype.Component;

/** The demo partnership's four MARACs, their areas, schedules, chairs, coordinators and representatives. */
@Component
class DemoMaracs {

    void ensure() {
        // TODO (marac): the demo MARAC areas
    }
}
