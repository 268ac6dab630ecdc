package org.safeguard.marac;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import org.safeguard.marac.store.ReturnStore.AgendaLine;
import org.safeguard.marac.store.ReturnStore.MeetingHeading;
import org.safeguard.marac.store.ReturnStore.PlannedAction;

/**
 * The papers a MARAC meeting works from, as PDF: the agenda and the action plan. Marked OFFICIAL-SENSITIVE at the
 * top and bottom of every page, with page numbers. They name people but print no address of any kind: the papers
 * go to every agency round the table, and a victim's refuge or new home must never travel with them. A victim with a
 * confidential address is marked "Confidential address: withheld"; a name the reader may not see is printed as
 * "Restricted record" ({@link PrintedPeople}).
 */
final class MeetingPapers {

    static final String MARKING = "OFFICIAL-SENSITIVE";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(LONDON);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font MARK = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    private MeetingPapers() {
    }

    /**
     * The agenda: each case in order with its number, the victim's name and age, the risk, whether it is a repeat
     * (and when the earlier hearing was) or a transfer in, whether it is urgent and has its interim safety plan,
     * who referred it, the children in the household and the perpetrators' names.
     *
     * @param perpetratorNames the names of the people the cases name as perpetrators, by person id
     * @param agencyNames      agency names by code (a code not in it is printed as it is)
     */
    static byte[] agenda(MeetingHeading meeting, List<AgendaLine> cases, Map<Long, String> perpetratorNames,
                         PrintedPeople.Withheld withheld, Map<String, String> agencyNames) {
        return document(meeting, "Agenda", document -> {
            PdfPTable table = table(new float[] {3, 13, 6, 5, 11, 11, 12, 11, 6, 14}, "No.", "Victim", "Age", "Risk",
                    "Repeat", "Transfer", "Urgent", "Referred by", "Children", "Perpetrators");
            int number = 1;
            for (AgendaLine line : cases) {
                cell(table, String.valueOf(number++));
                cell(table, withheld.name(line.victimId(), line.victimName())
                        + (withheld.addressWithheld(line.victimId()) ? "\n" + PrintedPeople.ADDRESS_WITHHELD : ""));
                cell(table, line.victimAge() == null ? "Not recorded" : String.valueOf(line.victimAge()));
                cell(table, line.riskLevel() == null ? "Not recorded" : words(line.riskLevel()));
                cell(table, !line.repeat() ? "No" : line.repeatOfHeardAt() == null ? "Repeat"
                        : "Repeat: heard " + DAY.format(line.repeatOfHeardAt().atZone(LONDON)));
                cell(table, !line.transfer() ? "No" : line.transferredFromArea() == null ? "Transfer in"
                        : "Transfer in from " + line.transferredFromArea());
                cell(table, !line.urgent() ? "No" : line.interimPlan() ? "Urgent: interim safety plan in place"
                        : "Urgent: interim safety plan needed");
                cell(table, agencyNames.getOrDefault(line.referringAgency(), line.referringAgency()));
                cell(table, String.valueOf(line.children()));
                List<String> names = line.perpetratorIds().stream()
                        .filter(id -> perpetratorNames.get(id) != null)
                        .map(id -> withheld.name(id, perpetratorNames.get(id))).toList();
                cell(table, names.isEmpty() ? "Not recorded" : String.join(", ", names));
            }
            document.add(table);
            if (cases.isEmpty()) {
                document.add(new Paragraph("No cases are listed for this meeting.", TEXT));
            }
        });
    }

    /** The action plan: for each case, its actions with the owner agency, the named owner, the due date and status. */
    static byte[] actionPlan(MeetingHeading meeting, List<AgendaLine> cases, PrintedPeople.Withheld withheld,
                             List<PlannedAction> actions, Map<String, String> agencyNames) {
        return document(meeting, "Action plan", document -> {
            int number = 1;
            for (AgendaLine line : cases) {
                Paragraph heading = new Paragraph(number++ + ". " + withheld.name(line.victimId(), line.victimName())
                        + (line.repeat() ? " (repeat)" : ""), HEADING);
                heading.setSpacingBefore(8);
                heading.setSpacingAfter(4);
                document.add(heading);
                List<PlannedAction> theirs = actions.stream().filter(a -> a.caseId() == line.caseId()).toList();
                if (theirs.isEmpty()) {
                    document.add(new Paragraph("No actions recorded.", TEXT));
                    continue;
                }
                PdfPTable table = table(new float[] {30, 14, 12, 8, 7}, "Action", "Owner agency", "Owner", "Due",
                        "Status");
                for (PlannedAction action : theirs) {
                    cell(table, action.description());
                    cell(table, agencyNames.getOrDefault(action.ownerAgency(), action.ownerAgency()));
                    cell(table, action.owner());
                    cell(table, DAY.format(action.dueOn()));
                    cell(table, words(action.status()));
                }
                document.add(table);
            }
            if (cases.isEmpty()) {
                document.add(new Paragraph("No cases are listed for this meeting.", TEXT));
            }
        });
    }

    private interface Body {
        void write(Document document) throws Exception;
    }

    private static byte[] document(MeetingHeading meeting, String title, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 54, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Marking());
            document.addTitle("MARAC " + title.toLowerCase(Locale.UK) + ": " + meeting.areaName());
            document.open();
            document.add(new Paragraph("MARAC " + title.toLowerCase(Locale.UK) + ": " + meeting.areaName(), TITLE));
            Paragraph when = new Paragraph("Meeting on " + WHEN.format(meeting.heldAt())
                    + (meeting.status().equals("HELD") ? " (held)" : ""), TEXT);
            when.setSpacingAfter(10);
            document.add(when);
            body.write(document);
            document.close();
        } catch (Exception failed) {
            throw new IllegalStateException("The " + title.toLowerCase(Locale.UK) + " could not be made", failed);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(float[] widths, String... headings) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : headings) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, BOLD));
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static void cell(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, TEXT));
        cell.setPadding(4);
        table.addCell(cell);
    }

    /** HIGH as "High", NOT_KNOWN as "Not known". */
    private static String words(String code) {
        String spaced = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The protective marking at the top and bottom of each page, with the page's number at the bottom. */
    private static final class Marking extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float middle = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(MARKING, MARK),
                    middle, document.top() + 24, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(MARKING, MARK),
                    middle, document.bottom() - 24, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase("Page " + writer.getPageNumber(), TEXT), document.right(), document.bottom() - 24, 0);
        }
    }
}
