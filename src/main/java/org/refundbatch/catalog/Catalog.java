package org.refundbatch.catalog;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.refundbatch.policy.AcademicYear;
import org.refundbatch.policy.MicroCredential;

/** The micro-credentials of the catalogue, per code and academic year; loaded once per run. */
public class Catalog {

    private final Map<String, MicroCredential> byKey;

    protected Catalog(Map<String, MicroCredential> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The micro-credential with that code (any case) in that academic year. */
    public Optional<MicroCredential> find(String code, AcademicYear year) {
        return Optional.ofNullable(byKey.get(key(code, year)));
    }

    public Collection<MicroCredential> microCredentials() {
        return byKey.values();
    }

    public int size() {
        return byKey.size();
    }

    static String key(String code, AcademicYear year) {
        return code.strip().toUpperCase(Locale.ROOT) + "|" + year;
    }
}
