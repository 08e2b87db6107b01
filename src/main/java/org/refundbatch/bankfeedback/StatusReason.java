package org.refundbatch.bankfeedback;

import java.util.ArrayList;
import java.util.List;

/** The reasons a status or a return names, gathered as they are read: the first code and every note. */
final class StatusReason {

    private String code;
    private final List<String> notes = new ArrayList<>();

    /**
     * Takes an element of a reason by its path inside it: {@code Rsn/Cd}, {@code Rsn/Prtry} or {@code AddtlInf};
     * any other (the originator, the original bank transaction code) is not a reason.
     */
    void take(String inReason, String text) {
        switch (inReason) {
            case "Rsn/Cd", "Rsn/Prtry" -> {
                if (code == null && !text.isEmpty()) {
                    code = text;
                }
            }
            case "AddtlInf" -> {
                if (!text.isEmpty()) {
                    notes.add(text);
                }
            }
            default -> {
                // not a reason
            }
        }
    }

    String code() {
        return code;
    }

    String text(ReasonCodes codes) {
        return codes.text(code, notes);
    }

    boolean isEmpty() {
        return code == null;
    }
}
