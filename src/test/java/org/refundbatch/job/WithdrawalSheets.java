package org.refundbatch.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sheets of two nights whose keys repeat across sheets, in the same sheet and across nights. */
final class WithdrawalSheets {

    private static final String HEADER =
            "student_id,last_name,first_name,micro_credential,academic_year,withdrawal_date,amount_paid,iban,bic,reference\n";

    private WithdrawalSheets() {
    }

    /** Five sheets: a, b, c, e, then the sample sheet, read in that order (file_seq 1 to 5). */
    static void night1(Path inbox) throws IOException {
        Files.writeString(inbox.resolve("a-withdrawals.csv"), HEADER
                + "2000001,Aerts,Bram,MC-DATA,2026-2027,2026-10-20,,BE68 5390 0754 7034,,A-1\n"
                + "2000002,Claes,Lotte,MC-ETHICS,2026-2027,2026-11-12,,BE71 0961 2345 6769,,A-2\n"
                + "2000003,Wouters,Jonas,MC-HEALTH,2026-2027,31/11/2026,,,,A-3\n"
                + "2000004,Goossens,Emma,MC-DATA,2026-2027,2026-11-05,495.00,NL91ABNA0417164300,,A-4\n"
                + "2000005,Hermans,Finn,MC-SUSTAIN,2026-2027,2026-10-01,,,,A-5\n"
                + "2000001,Aerts,Bram,MC-DATA,2026-2027,2026-10-21,,BE68 5390 0754 7034,,A-6\n");
        Files.writeString(inbox.resolve("b-withdrawals.csv"), HEADER.replace(',', ';')
                + "2000004;Goossens;Emma;MC-DATA;2026-2027;06/11/2026;;BE68539007547034;;B-1\n"
                + "2000006;Dubois;Louise;MC-DUTCH;2026-2027;2026-10-30;;BE68539007547034;;B-2\n"
                + "2000007;Lambert;Victor;MC-PRIVACY;2026-2027;2026-11-15;;BE68539007547034;;B-3\n"
                + "2000008;Mertens;Nora;MC-HEALTH;2026-2027;2026-11-20;\"435,00\";BE71096123456769;;B-4\n"
                + "2000009;Willems;Lars;MC-DATA;2026-27;2026-11-25;;BE68539007547034;;B-5\n"
                + "2000002;Claes;Lotte;MC-ETHICS;2026-2027;2026-11-13;;BE71 0961 2345 6769;;B-6\n");
        Files.writeString(inbox.resolve("c-withdrawals.csv"), HEADER
                + "2000006,Dubois,Louise,MC-DUTCH,2026-2027,2026-10-31,,,,C-1\n"
                + "2000010,Smets,Mila,MC-DATA,2026-2027,2026-11-29,,BE68539007547034,,C-2\n"
                + "2000009,Willems,Lars,MC-DATA,2026-2027,2026-11-26,,,,C-3\n"
                + "2000011,,Ruben,MC-ETHICS,2026-2027,2026-11-01,,,,C-4\n"
                + "2000012,Peeters,Ella,mc-privacy,2026-2027,2026-09-30,250.00,BE68539007547034,,C-5\n");
        Files.writeString(inbox.resolve("e-withdrawals.csv"), HEADER
                + "0123456,Peeters,Anna,MC-DATA,2026-2027,2026-10-14,,BE68 5390 0754 7034,,E-1\n"
                + "2000013,Jacobs,Lena,MC-SUSTAIN,2026-2027,2026-11-10,,BE71 0961 2345 6769,,E-2\n");
        Files.copy(Path.of("input-samples/withdrawals-2026-11.csv"), inbox.resolve("withdrawals-2026-11.csv"));
    }

    /** The next night: night 1's sheets again (read once, ever) and one new sheet. */
    static void night2(Path inbox) throws IOException {
        Files.writeString(inbox.resolve("f-withdrawals.csv"), HEADER
                + "2000001,Aerts,Bram,MC-DATA,2026-2027,2026-10-20,,BE68 5390 0754 7034,,F-1\n"
                + "2000003,Wouters,Jonas,MC-HEALTH,2026-2027,2026-11-30,,BE68539007547034,,F-2\n"
                + "2000014,Vermeulen,Sara,MC-PRIVACY,2026-2027,2026-11-28,,BE68539007547034,,F-3\n"
                + "2000014,Vermeulen,Sara,MC-PRIVACY,2026-2027,2026-11-29,,BE68539007547034,,F-4\n");
    }
}
