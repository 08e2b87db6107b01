package org.refundbatch.bench;

import org.refundbatch.bench.BenchCatalogue.Programme;

/** A refunded key: the student, the micro-credential of that year, and whether the refund waits for an IBAN. */
final class Enrolment {

    final String studentId;
    final Programme programme;
    /** Refunded with an amount due and no IBAN: a later row of the key with an IBAN releases it. */
    boolean onHold;

    Enrolment(String studentId, Programme programme, boolean onHold) {
        this.studentId = studentId;
        this.programme = programme;
        this.onHold = onHold;
    }
}
