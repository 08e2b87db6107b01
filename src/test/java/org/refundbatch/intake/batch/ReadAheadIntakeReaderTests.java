package org.refundbatch.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.refundbatch.intake.IntakeOutcome;
import org.refundbatch.intake.StagedSheet;
import org.refundbatch.intake.WithdrawalRow;
import org.refundbatch.intake.WithdrawalSheetReader;
import org.refundbatch.ledger.RejectRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Reading and assessing ahead of the chunk being written, without losing the position a restart needs. */
@Timeout(30)
class ReadAheadIntakeReaderTests {

    private static final String HEADER = "student_id,last_name,first_name,micro_credential,withdrawal_date\n";

    @TempDir
    Path dir;

    /** Every row becomes a reject whose value is the student id, so the order can be checked. */
    private final ItemProcessor<WithdrawalRow, IntakeOutcome> echo = row -> new IntakeOutcome.Rejected(
            new RejectRecord(row.sourceFile(), row.fileSeq(), row.rowNumber(), "student_id",
                    row.valueAsRead(org.refundbatch.ledger.Column.STUDENT_ID), "test", List.of()));

    @Test
    void deliversEveryRowOfEverySheetInOrderThenTheEnd() throws Exception {
        ReadAheadIntakeReader reader = reader(echo, 3, sheet(1, 5), sheet(2, 4));
        reader.open(new ExecutionContext());

        List<String> read = readAll(reader);
        reader.close();

        assertThat(read).containsExactly("1-1", "1-2", "1-3", "1-4", "1-5", "2-1", "2-2", "2-3", "2-4");
    }

    @Test
    void savesThePositionOfTheLastRowTakenNotOfTheRowsReadAhead() throws Exception {
        StagedSheet first = sheet(1, 50);
        StagedSheet second = sheet(2, 50);
        ReadAheadIntakeReader reader = reader(echo, 20, first, second);
        reader.open(new ExecutionContext());
        for (int i = 0; i < 57; i++) {
            reader.read();
        }
        Thread.sleep(200); // the reading thread is now well ahead
        ExecutionContext committed = new ExecutionContext();
        reader.update(committed);
        reader.close();

        assertThat(WithdrawalSheetReader.rowsDelivered(committed)).isEqualTo(57);
        ReadAheadIntakeReader restarted = reader(echo, 20, first, second);
        restarted.open(committed);
        List<String> rest = readAll(restarted);
        restarted.close();
        assertThat(rest).hasSize(43).startsWith("2-8", "2-9").endsWith("2-50");
    }

    @Test
    void aFailureWhileAssessingIsThrownWhenItsRowIsTaken() throws Exception {
        ItemProcessor<WithdrawalRow, IntakeOutcome> failsOnRow4 = row -> {
            if (row.rowNumber() == 5) { // the header is row 1
                throw new IllegalStateException("cannot assess row " + row.rowNumber());
            }
            return echo.process(row);
        };
        ReadAheadIntakeReader reader = reader(failsOnRow4, 10, sheet(1, 8));
        reader.open(new ExecutionContext());

        assertThat(reader.read()).isNotNull();
        assertThat(reader.read()).isNotNull();
        assertThat(reader.read()).isNotNull();
        assertThatThrownBy(reader::read).isInstanceOf(IllegalStateException.class).hasMessage("cannot assess row 5");
        ExecutionContext committed = new ExecutionContext();
        reader.update(committed);
        reader.close();
        assertThat(WithdrawalSheetReader.rowsDelivered(committed)).isEqualTo(3);
    }

    @Test
    void closingStopsAReadingThreadThatWaitsForRoom() throws Exception {
        AtomicInteger assessed = new AtomicInteger();
        ReadAheadIntakeReader reader = reader(row -> {
            assessed.incrementAndGet();
            return echo.process(row);
        }, 2, sheet(1, 1000));
        reader.open(new ExecutionContext());
        reader.read();
        Thread.sleep(100);

        reader.close();

        assertThat(assessed.get()).isBetween(3, 5);
    }

    private ReadAheadIntakeReader reader(ItemProcessor<WithdrawalRow, IntakeOutcome> processor, int capacity,
                                         StagedSheet... sheets) {
        return new ReadAheadIntakeReader(new WithdrawalSheetReader(List.of(sheets)), processor, capacity);
    }

    private static List<String> readAll(ReadAheadIntakeReader reader) throws Exception {
        List<String> values = new ArrayList<>();
        for (IntakeOutcome outcome = reader.read(); outcome != null; outcome = reader.read()) {
            values.add(((IntakeOutcome.Rejected) outcome).reject().value());
        }
        assertThat(reader.read()).isNull();
        return values;
    }

    private StagedSheet sheet(int seq, int rows) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            csv.append(seq).append('-').append(i).append(",Peeters,An,MC-DATA,2026-10-15\n");
        }
        Path file = dir.resolve("sheet-" + seq + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return new StagedSheet(seq, file.getFileName().toString(), file);
    }
}
