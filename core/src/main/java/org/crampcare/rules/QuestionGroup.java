package org.crampcare.rules;

import java.util.List;

/**
 * Questions asked together as one checklist ("Did any of these happen?"), with "none of these" and "not sure": the
 * ticked ones are yes, the others no; "not sure" leaves them all unknown. From {@code groups} in
 * {@code rules/questions.yaml}; only yes/no symptom questions of one stage are grouped.
 */
public record QuestionGroup(String id, String text, List<String> fields) {
    public QuestionGroup {
        fields = List.copyOf(fields);
    }
}
