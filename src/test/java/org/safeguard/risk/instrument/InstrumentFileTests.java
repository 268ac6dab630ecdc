package org.safeguard.risk.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.risk.Answer;
import org.safeguard.risk.Instrument;
import org.safeguard.risk.Question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The risk instruments are data files (DOMAIN.md, "Risk assessment (DASH)"): the shipped DASH (27 questions, its
 * Yes count sets the level) and the stalking and honour-based abuse supplements load, and a broken file is refused
 * naming the file and the line, so an administrator can put it right.
 */
class InstrumentFileTests {

    private static final String FILE = "TEST-1.yaml";

    static String resource(String name) {
        try (InputStream in = InstrumentFileTests.class.getResourceAsStream("/risk/instruments/" + name)) {
            assertThat(in).as("classpath resource risk/instruments/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Instrument shipped(String name) {
        return InstrumentFile.read(name, resource(name), name);
    }

    private static InstrumentFile.Problem refused(String text) {
        InstrumentFile.Problem problem = catchThrowableOfType(InstrumentFile.Problem.class,
                () -> InstrumentFile.read(FILE, text, FILE));
        assertThat(problem).as("refused").isNotNull();
        assertThat(problem.file()).isEqualTo(FILE);
        assertThat(problem.getMessage()).startsWith(FILE);
        return problem;
    }

    private static final String VALID = """
            code: TEST
            version: 1
            name: Test checklist
            purpose: MAIN
            questions:
              - id: t-01
                topic: First topic
                wording: Is this the first question?
                help: Some guidance.
              - id: t-02
                topic: First topic
                wording: Is this the second question?
                answers: [YES, NO]
              - id: t-03
                topic: Second topic
                wording: Is this the third question?
            """;

    @Test
    void theShippedDashHasTwentySevenMainQuestionsWithUniqueIdsTopicsAndWording() {
        Instrument dash = shipped("DASH-1.yaml");

        assertThat(dash.code()).isEqualTo("DASH");
        assertThat(dash.version()).isEqualTo(1);
        assertThat(dash.purpose()).isEqualTo(Instrument.Purpose.MAIN);
        assertThat(dash.source()).isEqualTo("DASH-1.yaml");
        assertThat(dash.questions()).hasSize(27);
        assertThat(dash.questions()).extracting(Question::id).doesNotHaveDuplicates();
        assertThat(dash.questions()).allSatisfy(q -> {
            assertThat(q.topic()).as("topic of %s", q.id()).isNotBlank();
            assertThat(q.wording()).as("wording of %s", q.id()).isNotBlank();
            assertThat(q.options()).as("options of %s", q.id()).containsExactly(Answer.YES, Answer.NO, Answer.NOT_KNOWN);
        });
    }

    @Test
    void theShippedStalkingSupplementHasElevenQuestions() {
        Instrument stalking = shipped("SDASH-1.yaml");

        assertThat(stalking.code()).isEqualTo("SDASH");
        assertThat(stalking.purpose()).isEqualTo(Instrument.Purpose.SUPPLEMENT);
        assertThat(stalking.questions()).hasSize(11);
        assertThat(stalking.questions()).extracting(Question::id).doesNotHaveDuplicates();
        assertThat(stalking.questions()).allSatisfy(q -> assertThat(q.wording()).isNotBlank());
    }

    @Test
    void theShippedHonourBasedAbuseSupplementLoads() {
        Instrument honourBased = shipped("HBA-1.yaml");

        assertThat(honourBased.code()).isEqualTo("HBA");
        assertThat(honourBased.purpose()).isEqualTo(Instrument.Purpose.SUPPLEMENT);
        assertThat(honourBased.questions()).isNotEmpty();
        assertThat(honourBased.questions()).extracting(Question::id).doesNotHaveDuplicates();
    }

    @Test
    void noQuestionIdIsSharedBetweenTheShippedInstruments() {
        List<String> ids = List.of("DASH-1.yaml", "SDASH-1.yaml", "HBA-1.yaml").stream()
                .flatMap(name -> shipped(name).questions().stream()).map(Question::id).toList();

        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void aValidFileIsReadWithItsTopicsInOrderAndTheAnswersItAllows() {
        Instrument read = InstrumentFile.read(FILE, VALID, "uploaded by admin.one");

        assertThat(read.label()).isEqualTo("TEST v1");
        assertThat(read.name()).isEqualTo("Test checklist");
        assertThat(read.source()).isEqualTo("uploaded by admin.one");
        assertThat(read.topics()).extracting(Instrument.Topic::name).containsExactly("First topic", "Second topic");
        assertThat(read.question("t-01").orElseThrow().help()).isEqualTo("Some guidance.");
        assertThat(read.question("t-02").orElseThrow().options()).containsExactly(Answer.YES, Answer.NO);
        assertThat(read.question("t-02").orElseThrow().accepts(Answer.NOT_KNOWN)).isFalse();
        assertThat(read.question("t-02").orElseThrow().accepts(Answer.NOT_ASKED)).isTrue();
        assertThat(read.question("t-03").orElseThrow().help()).isNull();
        assertThat(read.question("t-03").orElseThrow().options()).containsExactly(Answer.YES, Answer.NO, Answer.NOT_KNOWN);
    }

    @Test
    void aQuestionIdUsedTwiceIsRefusedNamingBothLines() {
        InstrumentFile.Problem problem = refused("""
                code: TEST
                version: 1
                name: Test checklist
                purpose: MAIN
                questions:
                  - id: t-01
                    topic: First topic
                    wording: Is this the first question?
                  - id: t-02
                    topic: First topic
                    wording: Is this the second question?
                  - id: t-01
                    topic: Second topic
                    wording: Is this the third question?
                """);

        assertThat(problem.line()).isEqualTo(12);
        assertThat(problem.getMessage()).isEqualTo("TEST-1.yaml line 12: question id 't-01' is used twice (first at line 6)");
    }

    @Test
    void malformedYamlIsRefusedNamingTheLine() {
        InstrumentFile.Problem problem = refused("""
                code: TEST
                version: 1
                name: Test: checklist
                purpose: MAIN
                """);

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.getMessage()).startsWith("TEST-1.yaml line 3: not valid YAML");
    }

    @Test
    void aMissingCodeIsRefusedNamingWhereTheInstrumentStarts() {
        InstrumentFile.Problem problem = refused("""
                # no code
                version: 1
                name: Test checklist
                purpose: MAIN
                questions:
                  - id: t-01
                    topic: First topic
                    wording: Is this the first question?
                """);

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.getMessage()).contains("line 2").contains("'code' is missing");
    }

    @Test
    void aCodeInLowerCaseIsRefusedNamingItsLine() {
        InstrumentFile.Problem problem = refused(VALID.replace("code: TEST", "code: test"));

        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.getMessage()).contains("code 'test'");
    }

    @Test
    void aPurposeOtherThanMainOrSupplementIsRefusedNamingItsLine() {
        InstrumentFile.Problem problem = refused(VALID.replace("purpose: MAIN", "purpose: SCREENING"));

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.getMessage()).contains("line 4").contains("MAIN or SUPPLEMENT").contains("SCREENING");
    }

    @Test
    void anUnknownTopLevelFieldIsRefusedNamingItsLine() {
        InstrumentFile.Problem problem = refused(VALID.replace("purpose: MAIN\n", "purpose: MAIN\nthreshold: 14\n"));

        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.getMessage()).contains("line 5").contains("unknown field 'threshold'");
    }

    @Test
    void aMisspeltQuestionFieldIsRefusedNamingItsLine() {
        InstrumentFile.Problem problem = refused(VALID.replace("    help: Some guidance.", "    hint: Some guidance."));

        assertThat(problem.line()).isEqualTo(9);
        assertThat(problem.getMessage()).contains("unknown field 'hint'");
    }

    @ParameterizedTest(name = "answers: {0}")
    @ValueSource(strings = {"[YES, MAYBE]", "[YES, NOT_ASKED]", "[YES, NO, YES]"})
    void anAnswerOptionThatIsNotYesNoOrNotKnownOnceEachIsRefusedNamingItsLine(String answers) {
        InstrumentFile.Problem problem = refused(VALID.replace("answers: [YES, NO]", "answers: " + answers));

        assertThat(problem.line()).isEqualTo(13);
        assertThat(problem.getMessage()).contains("line 13").contains("answers may be YES, NO and NOT_KNOWN");
    }

    @Test
    void anEmptyAnswersListIsRefusedNamingItsLine() {
        InstrumentFile.Problem problem = refused(VALID.replace("answers: [YES, NO]", "answers: []"));

        assertThat(problem.line()).isEqualTo(13);
    }

    @ParameterizedTest(name = "version: {0}")
    @ValueSource(strings = {"0", "-1", "one", "1.5", "10000"})
    void aVersionThatIsNotAWholeNumberFromOneIsRefusedNamingItsLine(String version) {
        InstrumentFile.Problem problem = refused(VALID.replace("version: 1", "version: " + version));

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.getMessage()).contains("line 2").contains("version must be a whole number");
    }

    @Test
    void aQuestionIdWithCapitalsIsRefusedNamingItsLine() {
        InstrumentFile.Problem problem = refused(VALID.replace("id: t-03", "id: T-03"));

        assertThat(problem.line()).isEqualTo(14);
        assertThat(problem.getMessage()).contains("question id 'T-03'");
    }

    @Test
    void aQuestionWithoutWordingIsRefusedNamingTheQuestion() {
        InstrumentFile.Problem problem = refused(VALID.replace("    wording: Is this the third question?\n", ""));

        assertThat(problem.line()).isEqualTo(14);
        assertThat(problem.getMessage()).contains("'wording' is missing");
    }

    @Test
    void anEmptyTopicIsRefusedNamingItsLine() {
        InstrumentFile.Problem problem = refused(VALID.replace("    topic: Second topic", "    topic: ''"));

        assertThat(problem.line()).isEqualTo(15);
        assertThat(problem.getMessage()).contains("'topic' is empty");
    }

    @Test
    void anInstrumentWithNoQuestionsIsRefused() {
        InstrumentFile.Problem problem = refused("""
                code: TEST
                version: 1
                name: Test checklist
                purpose: MAIN
                questions: []
                """);

        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.getMessage()).contains("at least one question");
    }

    @Test
    void aFileThatIsNotAMappingIsRefused() {
        assertThat(refused("- just\n- a list\n").getMessage()).contains("expected code, version, name, purpose and questions");
        assertThat(refused("").line()).isZero();
    }

    @Test
    void aTopLevelFieldGivenTwiceIsRefusedNamingItsLine() {
        InstrumentFile.Problem problem = refused(VALID.replace("purpose: MAIN\n", "purpose: MAIN\npurpose: SUPPLEMENT\n"));

        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.getMessage()).isEqualTo("TEST-1.yaml line 5: 'purpose' is given twice (first at line 4)");
    }

    @Test
    void aQuestionFieldGivenTwiceIsRefusedNamingItsLine() {
        InstrumentFile.Problem problem = refused(VALID.replace("    topic: Second topic\n",
                "    topic: Second topic\n    topic: Third topic\n"));

        assertThat(problem.line()).isEqualTo(16);
        assertThat(problem.getMessage()).contains("'topic' is given twice (first at line 15)");
    }
}
