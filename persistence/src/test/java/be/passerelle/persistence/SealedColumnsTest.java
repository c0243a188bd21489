package be.passerelle.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.SealedColumns.SealedColumn;
import be.passerelle.persistence.jooq.Public;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

class SealedColumnsTest {
    private static final UUID ROW = UUID.fromString("6f1c1f0e-2b7a-4c57-9a39-3d0c5b0c9f11");

    @Test
    void every_encrypted_column_of_the_schema_is_registered() {
        List<String> inSchema = Public.PUBLIC.getTables().stream()
                .flatMap(table -> table.fieldStream())
                .filter(field -> field.getType() == byte[].class)
                .filter(field ->
                        field.getName().equals("ciphertext") || field.getName().endsWith("_ciphertext"))
                .map(field -> field.getQualifiedName().toString())
                .toList();

        assertThat(SealedColumns.ALL)
                .extracting(column -> column.ciphertext().getQualifiedName().toString())
                .containsExactlyInAnyOrderElementsOf(inSchema);
    }

    @Test
    void each_column_names_its_key_id_and_row_key_in_its_own_table() {
        for (SealedColumn column : SealedColumns.ALL) {
            Table<?> table = column.table();
            assertThat(table.field(column.keyId())).as(column + " key id").isNotNull();
            for (Field<?> key : column.rowKey()) {
                assertThat(table.field(key)).as(column + " row key " + key).isNotNull();
            }
        }
    }

    @Test
    void re_keying_moves_every_field_column_once_and_re_streams_the_attachment_segments() {
        assertThat(SealedColumns.byKeyId().stream().flatMap(List::stream).toList())
                .containsExactlyInAnyOrderElementsOf(SealedColumns.FIELDS);
        assertThat(SealedColumns.ALL)
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(SealedColumns.FIELDS.stream(), Stream.of(SealedColumns.ATTACHMENT_SEGMENT))
                                .toList());
        for (List<SealedColumn> sharingOneKey : SealedColumns.byKeyId()) {
            assertThat(sharingOneKey)
                    .extracting(SealedColumn::table)
                    .containsOnly(sharingOneKey.get(0).table());
        }
    }

    /** Values are already stored under these contexts: changing one makes them unreadable. */
    @Test
    void the_contexts_keep_the_form_of_the_stored_values() {
        assertThat(SealedColumns.REFERRAL_CITIZEN.context(ROW)).isEqualTo("referrals:" + ROW + ":citizen");
        assertThat(SealedColumns.REFERRAL_SUMMARY.context(ROW)).isEqualTo("referrals:" + ROW + ":summary");
        assertThat(SealedColumns.EVENT_NOTE.context(ROW)).isEqualTo("referral_events:" + ROW + ":note");
        assertThat(SealedColumns.MESSAGE_BODY.context(ROW)).isEqualTo("referral_messages:" + ROW + ":body");
        assertThat(SealedColumns.ATTACHMENT_NAME.context(ROW)).isEqualTo("referral_attachments:" + ROW + ":name");
        assertThat(SealedColumns.ATTACHMENT_CONTENT.context(ROW)).isEqualTo("referral_attachments:" + ROW + ":content");
        assertThat(SealedColumns.WEBHOOK_SECRET.context(ROW)).isEqualTo("webhook_endpoints:" + ROW + ":secret");
        assertThat(SealedColumns.WEBHOOK_PREVIOUS_SECRET.context(ROW))
                .isEqualTo("webhook_endpoints:" + ROW + ":previous_secret");
        assertThat(SealedColumns.ATTACHMENT_SEGMENT.context(ROW, 2, false))
                .isEqualTo("referral_attachment_segments:" + ROW + ":segment:2");
        assertThat(SealedColumns.ATTACHMENT_SEGMENT.context(ROW, 3, true))
                .isEqualTo("referral_attachment_segments:" + ROW + ":segment:3:last");
        assertThat(SealedColumns.ATTACHMENT_SEGMENT.streamContext(ROW))
                .isEqualTo("referral_attachment_segments:" + ROW + ":content");
        assertThat(SealedColumns.IDEMPOTENT_RESPONSE.context(new TenantId(ROW), "key-1"))
                .isEqualTo("idempotency_keys:" + ROW + ":key-1");
    }
}
