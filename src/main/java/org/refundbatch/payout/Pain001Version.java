package org.refundbatch.payout;

import java.util.Locale;
import java.util.regex.Pattern;

/** The ISO 20022 customer credit transfer initiation versions the bank file can be written in. */
public enum Pain001Version {

    /** ISO 20022 edition 2009, the original SEPA version: {@code ReqdExctnDt} is a date, agents have a {@code BIC}. */
    PAIN_001_001_03("pain.001.001.03", "BIC", "[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?"),
    /** ISO 20022 edition 2019, the SEPA version since November 2023: {@code ReqdExctnDt/Dt}, {@code BICFI}. */
    PAIN_001_001_09("pain.001.001.09", "BICFI", "[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    private final String messageName;
    private final String bicElement;
    private final Pattern bicPattern;

    Pain001Version(String messageName, String bicElement, String bicPattern) {
        this.messageName = messageName;
        this.bicElement = bicElement;
        this.bicPattern = Pattern.compile(bicPattern);
    }

    /** The version named {@code pain.001.001.09}, {@code 09}, {@code PAIN_001_001_09} (any case). */
    public static Pain001Version of(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '.');
        for (Pain001Version version : values()) {
            if (version.messageName.equals(wanted) || version.messageName.endsWith("." + wanted)) {
                return version;
            }
        }
        throw new IllegalArgumentException("unknown pain.001 version '" + name
                + "' (use pain.001.001.09 or pain.001.001.03)");
    }

    /** The message name, e.g. {@code pain.001.001.09}, as the XSD file is named. */
    public String messageName() {
        return messageName;
    }

    /** The XML namespace of the message. */
    public String namespace() {
        return "urn:iso:std:iso:20022:tech:xsd:" + messageName;
    }

    /** The element that holds an agent's BIC inside {@code FinInstnId}. */
    String bicElement() {
        return bicElement;
    }

    /** Whether the version's XSD accepts the BIC. */
    public boolean acceptsBic(String bic) {
        return bicPattern.matcher(bic).matches();
    }

    /** Whether {@code ReqdExctnDt} is a choice of {@code Dt} or {@code DtTm} rather than a plain date. */
    boolean wrapsExecutionDate() {
        return this == PAIN_001_001_09;
    }
}
