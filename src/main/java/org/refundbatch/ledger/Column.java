package org.refundbatch.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The columns of a withdrawal sheet (DESIGN §2.1), in the order the rejects repeat a row's original values: the one
 * definition the intake reads by, the {@code reject} table stores by and the outputs list by. Each has its English
 * header name, the Dutch name staff know it by, and the other names it is read by.
 */
public enum Column {
    STUDENT_ID(true, "student number", "Rolnummer", "rolnummer", "studentnummer"),
    LAST_NAME(true, "last name", "Familienaam", "naam", "familienaam"),
    FIRST_NAME(true, "first name", "Voornaam", "voornaam"),
    MICRO_CREDENTIAL(true, "micro-credential code", "Code", "micro-credential", "code"),
    ACADEMIC_YEAR(false, "academic year", "Academiejaar", "academiejaar"),
    WITHDRAWAL_DATE(true, "withdrawal date", "Datum stopzetting", "stopzettingsdatum", "datum stopzetting"),
    AMOUNT_PAID(false, "amount paid", "Bedrag betaald", "betaald", "bedrag betaald"),
    IBAN(false, "IBAN", "Rekeningnummer", "rekeningnummer"),
    BIC(false, "BIC", "BIC"),
    REFERENCE(false, "reference", "Referentie", "referentie", "dossier");

    private final boolean required;
    private final String label;
    private final String dutch;
    private final List<String> aliases;

    Column(boolean required, String label, String dutch, String... aliases) {
        this.required = required;
        this.label = label;
        this.dutch = dutch;
        this.aliases = List.of(aliases);
    }

    /** The English header names of all columns, in order: {@code student_id, last_name, …, reference}. */
    public static List<String> headers() {
        return Arrays.stream(values()).map(Column::header).toList();
    }

    public boolean required() {
        return required;
    }

    /**
     * The English header name, as the outputs use it and as the {@code reject} table names the column of the
     * row's original value: {@code student_id}.
     */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the column holds, in words, for messages: {@code student number}. */
    public String label() {
        return label;
    }

    /** The Dutch name staff know the column by, as the withdrawal template writes it: {@code Rolnummer}. */
    public String dutch() {
        return dutch;
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
