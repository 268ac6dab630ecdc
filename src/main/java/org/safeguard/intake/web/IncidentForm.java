package org.safeguard.intake.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguard.intake.NewIncident;
import org.safeguard.intake.NewParty;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.InvalidRequest.FieldProblem;

/**
 * The record-an-incident form as typed: reads it into a {@link NewIncident}, skipping party rows
 * left blank, and puts each problem back on the row the operator typed it in.
 */
final class IncidentForm {

    /** Party rows shown on the page. */
    static final int PARTY_ROWS = 4;
    private static final Pattern PARTY_FIELD = Pattern.compile("parties\\[(\\d+)](.*)");

    private final Map<String, String> typed;
    private final List<Integer> rowOfParty = new ArrayList<>();

    IncidentForm(Map<String, String> typed) {
        this.typed = new LinkedHashMap<>(typed);
    }

    Map<String, String> typed() {
        return typed;
    }

    /** The incident as typed; values that cannot be read are collected in {@code problems}. */
    NewIncident read(InvalidRequest.Check problems) {
        FormValues values = new FormValues(typed, problems);
        var receivedAt = values.moment("receivedDate", "receivedTime", "receivedDate",
                "Enter the date and time received, like 24/11/2026 and 21:05");
        List<NewParty> parties = new ArrayList<>();
        rowOfParty.clear();
        for (int row = 0; row < PARTY_ROWS; row++) {
            String prefix = "parties[" + row + "].";
            if (values.text(prefix + "givenName") == null && values.text(prefix + "familyName") == null
                    && values.text(prefix + "dateOfBirth") == null && values.text(prefix + "phone") == null) {
                continue;
            }
            rowOfParty.add(row);
            parties.add(new NewParty(values.text(prefix + "role"), values.text(prefix + "givenName"),
                    values.text(prefix + "familyName"),
                    values.date(prefix + "dateOfBirth", "Enter the date of birth like 27/3/1985"),
                    values.text(prefix + "sex"), values.text(prefix + "phone")));
        }
        Integer present = values.number("childrenPresent", "Enter the number of children present, like 2");
        Integer living = values.number("childrenLiving", "Enter the number of children living at the address, like 2");
        return new NewIncident(receivedAt, values.text("channel"), values.text("callerName"), values.text("callerPhone"),
                values.text("location"), values.text("town"), values.text("postcode"), parties,
                values.text("relationship"), values.yesNo("bothAged16OrOver"), values.yesNo("personallyConnected"),
                present, living, values.text("childAges"), values.ticked("weapon"), values.ticked("injury"),
                values.ticked("threatToLife"), values.text("grade"), values.text("summary"));
    }

    /** The rule's problems with party positions turned back into the rows the operator typed in. */
    Map<String, String> onTheForm(List<FieldProblem> problems) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            messages.putIfAbsent(rowField(problem.field()), problem.message());
        }
        return messages;
    }

    private String rowField(String field) {
        Matcher party = PARTY_FIELD.matcher(field);
        if (party.matches()) {
            int position = Integer.parseInt(party.group(1));
            if (position < rowOfParty.size()) {
                return "parties[" + rowOfParty.get(position) + "]" + party.group(2);
            }
        }
        if ("receivedAt".equals(field)) {
            return "receivedDate";
        }
        if ("parties".equals(field)) {
            return "parties[0].role";
        }
        return field;
    }
}
