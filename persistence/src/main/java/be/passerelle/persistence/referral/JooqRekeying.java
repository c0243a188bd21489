package be.passerelle.persistence.referral;

import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Rekeying;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.persistence.Database;
import be.passerelle.persistence.SealedColumns;
import be.passerelle.persistence.SealedColumns.SealedColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Re-seals every column of {@link SealedColumns} under the cipher's current key, one row at a time
 * (a batch of attachment segments would be a batch of 64 KiB values), with the contexts the
 * adapters use. Each row is updated only if its key id is still the one read, so concurrent runs
 * do not clash.
 */
final class JooqRekeying implements Rekeying {
    private final Database database;
    private final PersonalDataCipher cipher;

    JooqRekeying(Database database, PersonalDataCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    @Override
    public int rekey(int limit) {
        if (!database.inSystemOperation()) {
            throw new IllegalStateException("personal data is re-encrypted only by a system operation");
        }
        int moved = 0;
        for (List<SealedColumn> columns : SealedColumns.byKeyId()) {
            moved += rekey(columns, limit);
        }
        return moved;
    }

    /** Moves up to {@code limit} rows of one table whose {@code columns} share one key id. */
    private int rekey(List<SealedColumn> columns, int limit) {
        SealedColumn first = columns.get(0);
        String current = cipher.currentKeyId();
        List<Field<?>> key = new ArrayList<>(first.rowKey());
        key.add(first.keyId());
        int moved = 0;
        for (Record stale : database.dsl()
                .select(key)
                .from(first.table())
                .where(first.keyId().isNotNull())
                .and(first.keyId().ne(current))
                .limit(limit)
                .fetch()) {
            String old = stale.get(first.keyId());
            Condition sameRow = DSL.and(first.rowKey().stream()
                            .map(field -> same(field, stale))
                            .toList())
                    .and(first.keyId().eq(old));
            List<Field<?>> read = new ArrayList<>(first.contextFields());
            columns.forEach(column -> read.add(column.ciphertext()));
            Record row = database.dsl()
                    .select(read)
                    .from(first.source())
                    .where(sameRow)
                    .fetchOne();
            if (row == null) {
                continue; // moved or erased meanwhile
            }
            Map<Field<?>, Object> changes = new HashMap<>();
            changes.put(first.keyId(), current);
            for (SealedColumn column : columns) {
                byte[] ciphertext = row.get(column.ciphertext());
                if (ciphertext != null) {
                    String context = column.context(row);
                    byte[] plain = cipher.open(new Sealed(old, ciphertext), context);
                    changes.put(column.ciphertext(), cipher.seal(plain, context).ciphertext());
                }
            }
            moved += database.dsl()
                    .update(first.table())
                    .set(changes)
                    .where(sameRow)
                    .execute();
        }
        return moved;
    }

    private static <T> Condition same(Field<T> field, Record row) {
        return field.eq(row.get(field));
    }
}
