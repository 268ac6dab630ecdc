package org.safeguard;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules only use each other's API packages and never depend on each other in a circle. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SafeguardApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramsForTheDocs() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
