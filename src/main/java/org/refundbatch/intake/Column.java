package org.refundbatch.intake;

import java.util.List;
import java.util.Locale;

import org.refundbatch.sheet.HeaderNames;

/** The columns of a withdrawal sheet, with the English and Dutch header names each is known by (DESIGN §2.1). */
public enum Column {
    STUDENT_ID(true, "rolnummer", "studentnummer"),
    LAST_NAME(true, "naam", "familienaam"),
    FIRST_NAME(true, "voornaam"),
    MICRO_CREDENTIAL(true, "micro-credential", "code"),
    ACADEMIC_YEAR(false, "academiejaar"),
    WITHDRAWAL_DATE(true, "stopzettingsdatum", "datum stopzetting"),
    AMOUNT_PAID(false, "betaald", "bedrag betaald"),
    IBAN(false, "rekeningnummer"),
    BIC(false),
    REFERENCE(false, "referentie", "dossier");

    private final boolean required;
    private final List<String> names;

    Column(boolean required, String... aliases) {
        this.required = required;
        this.names = java.util.stream.Stream.concat(java.util.stream.Stream.of(name()),
                java.util.stream.Stream.of(aliases)).map(HeaderNames::normalize).toList();
    }

    public boolean required() {
        return required;
    }

    /** The English header name, as the outputs use it: {@code student_id}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when a header cell names this column. */
    public boolean matches(String normalizedHeader) {
        return names.contains(normalizedHeader);
    }
}
