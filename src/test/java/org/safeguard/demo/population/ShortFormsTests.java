package org.safeguard.demo.population;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.linkage.NameForms;

/** Record linkage's short-form table knows every short form the generator gives people. */
class ShortFormsTests {

    @Test
    void everyShortFormTheGeneratorUsesStandsForItsFullNameInLinkage() {
        NameBank.SHORT_FORMS.forEach((formal, shortForms) -> shortForms.forEach(shortForm ->
                assertThat(NameForms.mayStandForEachOther(shortForm, formal)).as(shortForm + " for " + formal).isTrue()));
    }
}
