package org.safeguard.identity;

import java.time.Instant;
import java.util.List;

import org.safeguard.audit.RecordView;

/**
 * Everything held about one person (every linked record), for the data protection officer to review before release:
 * identity's own records, each module's section, and who has viewed or changed those records.
 *
 * @param history     the audit rows about the person's records and every record a section names, newest first
 * @param historyCut  true when there were more audit rows than the export carries
 */
public record SubjectAccess(long personId, Instant madeAt, String madeBy, List<Long> recordIds,
                            List<Section> sections, List<RecordView> history, boolean historyCut) {

    public static final String REVIEW_NOTE = "For the data protection officer: review before release. Third parties "
            + "(other people named, staff, other agencies' information) must be considered and redacted where the law "
            + "requires; a confidential address is withheld.";

    public SubjectAccess {
        recordIds = List.copyOf(recordIds);
        sections = List.copyOf(sections);
        history = List.copyOf(history);
    }

    public String reviewNote() {
        return REVIEW_NOTE;
    }

    /**
     * One module's part.
     *
     * @param problem why it could not be read (the export is then incomplete and says so), or null
     */
    public record Section(String title, List<SubjectAccessSection.Table> tables, String problem) {

        public Section {
            tables = List.copyOf(tables);
        }

        public int rowCount() {
            return tables.stream().mapToInt(t -> t.rows().size()).sum();
        }
    }
}
