package org.refundbatch.payout.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The hand-over of ledger rows from the reading thread to a writer's thread. */
@Timeout(30)
class RowPipeTests {

    @Test
    void theWriterGetsEveryRowInOrderThenTheEnd() throws Exception {
        RowPipe<Integer> pipe = new RowPipe<>();
        CompletableFuture<List<Integer>> written = CompletableFuture.supplyAsync(() -> {
            List<Integer> rows = new ArrayList<>();
            pipe.forEachRemaining(rows::add);
            return rows;
        });

        for (int batch = 0; batch < 20; batch++) {
            pipe.send(IntStream.range(batch * 10, batch * 10 + 10).boxed().toList());
        }
        pipe.send(List.of());
        pipe.end();

        assertThat(written.get(10, TimeUnit.SECONDS)).containsExactlyElementsOf(IntStream.range(0, 200).boxed().toList());
        assertThat(pipe.hasNext()).isFalse();
    }

    @Test
    void theReaderWaitsWhileTheWriterHasAFullPipe() throws Exception {
        RowPipe<Integer> pipe = new RowPipe<>();
        for (int batch = 0; batch < RowPipe.BATCHES; batch++) {
            pipe.send(List.of(batch));
        }
        CompletableFuture<Void> oneMore = CompletableFuture.runAsync(() -> {
            try {
                pipe.send(List.of(RowPipe.BATCHES));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThatThrownBy(() -> oneMore.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(pipe.next()).isZero();
        oneMore.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aWriterThatAbandonsThePipeNoLongerHoldsTheReaderUp() throws Exception {
        RowPipe<Integer> pipe = new RowPipe<>();
        pipe.abandon();

        for (int batch = 0; batch < 10 * RowPipe.BATCHES; batch++) {
            pipe.send(List.of(batch));
        }
        pipe.end();
    }

    @Test
    void aFailedReadReachesTheWriter() throws Exception {
        RowPipe<Integer> pipe = new RowPipe<>();
        pipe.send(List.of(1, 2));
        pipe.fail(new IllegalStateException("disk gone"));

        assertThatThrownBy(() -> pipe.forEachRemaining(row -> { }))
                .hasMessageContaining("the ledger could not be read").hasRootCauseMessage("disk gone");
    }
}
