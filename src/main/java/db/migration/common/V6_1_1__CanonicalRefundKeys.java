package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.refundbatch.ledger.RefundRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the stored refund keys canonical (DESIGN §8: {@code s0123456} and {@code S0123456} are one student). Two
 * refunds whose keys become one are both kept: the first (by refund id, which orders by night, file and row)
 * takes the canonical key, each later one takes the canonical key, {@code #} and its own refund id, so that it
 * stays visible and unique; each such pair is recorded in {@code refund_key_collision} and logged as a warning.
 * Java rather than SQL because upper-casing and removing spaces the way the job does is not portable SQL.
 */
public class V6_1_1__CanonicalRefundKeys extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V6_1_1__CanonicalRefundKeys.class);

    private record Stored(String refundId, String key, String canonicalKey) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, List<Stored>> byCanonicalKey = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("SELECT refund_id, refund_key, student_id, micro_credential,"
                     + " academic_year FROM refund ORDER BY refund_id")) {
            while (rs.next()) {
                String canonical = RefundRecord.keyOf(rs.getString(3), rs.getString(4), rs.getString(5));
                byCanonicalKey.computeIfAbsent(canonical, k -> new ArrayList<>())
                        .add(new Stored(rs.getString(1), rs.getString(2), canonical));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                     "UPDATE refund SET refund_key = ? WHERE refund_id = ?");
             PreparedStatement collision = connection.prepareStatement("INSERT INTO refund_key_collision"
                     + " (refund_id, kept_refund_id, canonical_key, found_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
            // the later refunds of a key first, so that the canonical key is free when the first one takes it
            for (List<Stored> refunds : byCanonicalKey.values()) {
                Stored kept = refunds.get(0);
                for (Stored later : refunds.subList(1, refunds.size())) {
                    set(update, later, later.canonicalKey() + "#" + later.refundId());
                    collision.setString(1, later.refundId());
                    collision.setString(2, kept.refundId());
                    collision.setString(3, later.canonicalKey());
                    collision.executeUpdate();
                    log.warn("Refunds {} and {} are of one student once the student id is made canonical ({}):"
                            + " both are kept, {} under the key {}; see the table refund_key_collision",
                            kept.refundId(), later.refundId(), later.canonicalKey(), later.refundId(),
                            later.canonicalKey() + "#" + later.refundId());
                }
            }
            for (List<Stored> refunds : byCanonicalKey.values()) {
                set(update, refunds.get(0), refunds.get(0).canonicalKey());
            }
        }
    }

    private static void set(PreparedStatement update, Stored refund, String key) throws SQLException {
        if (key.equals(refund.key())) {
            return;
        }
        update.setString(1, key);
        update.setString(2, refund.refundId());
        update.executeUpdate();
    }
}
