package org.refundbatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The refunds of an earlier night that the rows of the next one come back to. */
final class EarlierNight {

    /** Its students, each drawn at most once for another micro-credential. */
    private final List<Enrolment> students;
    /** Its refunds not on hold: a row with the same key is a duplicate, never a release. */
    private final List<Enrolment> settled = new ArrayList<>();

    EarlierNight(List<Enrolment> refunds) {
        students = new ArrayList<>(refunds);
        for (Enrolment refund : refunds) {
            if (!refund.onHold) {
                settled.add(refund);
            }
        }
    }

    static EarlierNight none() {
        return new EarlierNight(List.of());
    }

    boolean hasSettled() {
        return !settled.isEmpty();
    }

    boolean hasStudents() {
        return !students.isEmpty();
    }

    /** A refund not on hold, whose key a row repeats. */
    Enrolment settled(Random random) {
        return settled.get(random.nextInt(settled.size()));
    }

    /** A student not drawn before, to withdraw from another micro-credential. */
    Enrolment student(Random random) {
        int i = random.nextInt(students.size());
        Enrolment drawn = students.get(i);
        students.set(i, students.get(students.size() - 1));
        students.remove(students.size() - 1);
        return drawn;
    }
}
