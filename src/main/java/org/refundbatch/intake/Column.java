package org.refundbatch.intake;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The columns of a withdrawal sheet, with the English and Dutch header names each is known by (DESIGN §2.1). */
public enum Column {
    STUDENT_ID(true, "student number", "rolnummer", "studentnummer"),
    LAST_NAME(true, "last name", "naam", "familienaam"),
    FIRST_NAME(true, "first name", "voornaam"),
    MICRO_CREDENTIAL(true, "micro-credential code", "micro-credential", "code"),
    ACADEMIC_YEAR(false, "academic year", "academiejaar"),
    WITHDRAWAL_DATE(true, "withdrawal date", "stopzettingsdatum", "datum stopzetting"),
    AMOUNT_PAID(false, "amount paid", "betaald", "bedrag betaald"),
    IBAN(false, "IBAN", "rekeningnummer"),
    BIC(false, "BIC"),
    REFERENCE(false, "reference", "referentie", "dossier");

    private final boolean required;
    private final String label;
    private final List<String> aliases;

    Column(boolean required, String label, String... aliases) {
        this.required = required;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    public boolean required() {
        return required;
    }

    /** The English header name, as the outputs use it: {@code student_id}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the column holds, in words, for messages: {@code student number}. */
    public String label() {
        return label;
    }

    /** The other header names the column is known by: {@code rolnummer, studentnummer}. */
    public List<String> aliases() {
        return aliases;
    }

    /** Every header name the column is read by, as written: its English name, then its aliases. */
    public List<String> names() {
        return Stream.concat(Stream.of(header()), aliases.stream()).toList();
    }
}
