package org.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.Restriction;
import org.safeguard.access.Role;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The person page: each part of the record in full, shortened or not shown, as access decides for the reader; a
 * locked record; a specialist restricting a victim's record and lifting it. Against the real database.
 */
@SafeguardTest
class PersonPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    PersonRecords people;
    @Autowired
    RecordAccess access;
    @Autowired
    JdbcClient jdbc;

    /** A person with a phone and a home address, recorded by a police officer. */
    record Someone(long id, String given, String family, String phone, String postcode) {
    }

    Someone someone() {
        String officer = staff.fresh(Role.OFFICER).username();
        String family = Calls.unusedFamilyName();
        String phone = calls.unusedPhone();
        String postcode = Calls.unusedPostcode();
        long id = calls.as(officer, () -> {
            long made = people.resolve(new PersonDetails("Imogen", family, LocalDate.of(1986, 7, 14), Sex.FEMALE), "POLICE").id();
            people.addPhone(made, phone, "POLICE");
            people.recordCurrentAddress(made, new NewAddress("12 Orchard Close", null, "Testtown", postcode, null));
            return made;
        });
        return new Someone(id, "Imogen", family, phone, postcode);
    }

    @Test
    void aPoliceOfficerSeesTheWholeRecordAndTheViewIsAudited() throws Exception {
        Someone person = someone();
        String officer = staff.fresh(Role.OFFICER).username();

        String page = page(get("/people/" + person.id()), officer, 200);

        assertThat(page).contains("Imogen " + person.family(), "14 Jul 1986", "Female", person.phone(), "12 Orchard Close",
                person.postcode(), "Agencies working with this person");
        assertThat(page).doesNotContain("Not shown to you", "Who has seen this record");
        assertThat(audited("PERSON_VIEWED", officer, person.id())).isEqualTo(1);
    }

    @Test
    void aSupervisorSeesWhoHasSeenTheRecord() throws Exception {
        Someone person = someone();
        String officer = staff.fresh(Role.OFFICER).username();
        page(get("/people/" + person.id()), officer, 200);

        String page = page(get("/people/" + person.id()), staff.fresh(Role.SUPERVISOR).username(), 200);

        assertThat(page).contains("Who has seen this record", officer);
    }

    @Test
    void aPartnerWithoutARelationshipSeesOnlyThatTheRecordExistsAndTheRefusalIsAudited() throws Exception {
        Someone person = someone();
        String partner = staff.fresh(Role.PARTNER).username();

        String page = page(get("/people/" + person.id()), partner, 403);

        assertThat(page).contains("Restricted record", "Agencies working with this person", "Request access",
                "name=\"personId\" value=\"" + person.id() + "\"");
        assertThat(page).doesNotContain(person.family(), person.phone(), "12 Orchard Close");
        assertThat(audited("RECORD_ACCESS_REFUSED", partner, person.id())).isEqualTo(1);
        assertThat(audited("PERSON_VIEWED", partner, person.id())).isZero();
    }

    @Test
    void aMaracCoordinatorSeesTheAddressShortenedToTownAndPostcodeDistrict() throws Exception {
        Someone person = someone();

        String page = page(get("/people/" + person.id()), staff.fresh(Role.MARAC_COORDINATOR).username(), 200);

        String district = person.postcode().substring(0, person.postcode().indexOf(' '));
        assertThat(page).contains("Imogen " + person.family(), "Testtown, " + district,
                "Shortened: only the town and postcode district are shown to you", "Request access");
        assertThat(page).doesNotContain("12 Orchard Close", person.postcode());
    }

    @Test
    void onlyASpecialistRestrictsAVictimsRecordAndAReasonAndRealUsernamesAreRequired() throws Exception {
        Someone person = someone();
        String specialist = staff.fresh(Role.DA_SPECIALIST).username();
        String named = staff.fresh(Role.OFFICER).username();
        String officer = staff.fresh(Role.OFFICER).username();

        page(post("/people/" + person.id() + "/restriction").param("reason", "Her brother works in the control room"),
                officer, 403);
        String refused = page(post("/people/" + person.id() + "/restriction").param("reason", " ")
                .param("namedReaders", "no.such.person.anywhere"), specialist, 400);
        assertThat(refused).contains("There is a problem", "Enter the reason for restricting the record",
                "There is no staff account with the username no.such.person.anywhere");
        assertThat(calls.as(specialist, () -> access.restrictionsOn(person.id()))).isEmpty();

        mvc.perform(post("/people/" + person.id() + "/restriction").with(staff.as(specialist)).with(csrf())
                .param("reason", "Her brother works in the control room").param("namedReaders", named + ",\n"));

        String specialists = page(get("/people/" + person.id()), specialist, 200);
        assertThat(specialists).contains("Restrictions in force", "Restricted by a specialist",
                "Her brother works in the control room", named, "Lift the specialist");
        page(get("/people/" + person.id()), officer, 403);
        assertThat(page(get("/people/" + person.id()), named, 200)).contains("Imogen " + person.family());
    }

    @Test
    void aSpecialistLiftsTheRestrictionWithAReasonAndItStaysInTheHistory() throws Exception {
        Someone person = someone();
        String specialist = staff.fresh(Role.DA_SPECIALIST).username();
        long restriction = calls.as(specialist, () -> access.restrict(person.id(), Restriction.RESTRICTED_VICTIM,
                "Threats through a relative", java.util.List.of())).id();

        String refused = page(post("/people/" + person.id() + "/restrictions/" + restriction + "/lift")
                .param("liftReason", "").param("version", "0"), specialist, 400);
        assertThat(refused).contains("Enter the reason for lifting the restriction");

        mvc.perform(post("/people/" + person.id() + "/restrictions/" + restriction + "/lift").with(staff.as(specialist))
                .with(csrf()).param("liftReason", "Relative moved abroad").param("version", "0"));

        assertThat(page(get("/people/" + person.id()), staff.fresh(Role.OFFICER).username(), 200))
                .contains("Imogen " + person.family()).doesNotContain("Restrictions in force");
        assertThat(jdbc.sql("SELECT lift_reason FROM access.record_restriction WHERE id = :id").param("id", restriction)
                .query(String.class).single()).isEqualTo("Relative moved abroad");
    }

    @Test
    void aPersonPageExistsForEveryPersonAndNotForOthers() throws Exception {
        page(get("/people/999999999999"), staff.fresh(Role.OFFICER).username(), 404);
        page(get("/people/not-a-number"), staff.fresh(Role.OFFICER).username(), 404);
    }

    private String page(MockHttpServletRequestBuilder request, String username, int status) throws Exception {
        MvcResult result = PersonPageReads.read(mvc, request, staff.as(username));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return result.getResponse().getContentAsString();
    }

    private long audited(String action, String username, long personId) {
        return jdbc.sql("SELECT count(*) FROM audit.event WHERE action = :action AND username = :username "
                        + "AND subject_type = 'person' AND subject_id = :id")
                .param("action", action).param("username", username).param("id", Long.toString(personId))
                .query(Long.class).single();
    }
}
