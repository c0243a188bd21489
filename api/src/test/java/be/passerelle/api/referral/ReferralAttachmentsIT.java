package be.passerelle.api.referral;

import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static be.passerelle.api.ReferralFixtures.anAttachmentName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.api.OpenApiConformance;
import be.passerelle.infra.testing.PersonalDataMarkers;
import be.passerelle.infra.testing.TestDatabase;
import be.passerelle.infra.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Attachments: type checked on the bytes, size limit, encrypted at rest, the two parties only. */
class ReferralAttachmentsIT extends ApiIntegrationTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void the_receiver_attaches_a_pdf_and_the_sender_downloads_it_as_an_attachment() throws Exception {
        String id = newReferral();
        String marker = UUID.randomUUID().toString();
        String fileName = anAttachmentName("facture été");
        byte[] pdf = ("%PDF-1.7\n% " + marker + "\n%%EOF").getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<byte[]> uploaded = upload(tokenOf("nrj-agent"), id, fileName, "application/pdf", pdf);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String attachment = JSON.readTree(uploaded.body()).path("id").asString();

        Response list = get(attachments(id), tokenOf("wal-agent"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("items").get(0).path("fileName").asString()).isEqualTo(fileName);
        assertThat(list.json().path("items").get(0).path("mediaType").asString())
                .isEqualTo("application/pdf");
        assertThat(list.json().path("items").get(0).path("tenant").asString()).isEqualTo("energy-ombudsman");

        HttpResponse<byte[]> download = sendBytes(request(attachments(id) + "/" + attachment, tokenOf("wal-agent"))
                .GET()
                .build());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;");
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        assertThat(storedCiphertexts(attachment))
                .doesNotContain(marker)
                .doesNotContain("%PDF")
                .doesNotContain("facture")
                .doesNotContainIgnoringCase(PersonalDataMarkers.MARKER);

        String vla = tokenOf("vla-agent");
        assertThat(get(attachments(id), vla).status()).isEqualTo(404);
        assertThat(get(attachments(id) + "/" + attachment, vla).status()).isEqualTo(404);
        assertThat(upload(vla, id, anAttachmentName("x"), "application/pdf", pdf)
                        .statusCode())
                .isEqualTo(404);

        assertThat(send("POST", "/api/v1/referrals/" + id + "/erase-personal-data", tokenOf("wal-agent"), null, null)
                        .status())
                .isEqualTo(200);
        Response erased = get(attachments(id), tokenOf("nrj-agent"));
        assertThat(erased.json().path("items").get(0).path("erased").asBoolean())
                .isTrue();
        assertThat(erased.json().path("items").get(0).path("fileName").isNull()).isTrue();
        assertThat(get(attachments(id) + "/" + attachment, tokenOf("nrj-agent")).status())
                .isEqualTo(404);
        assertThat(segmentCount(attachment)).as("erasure deletes the content").isZero();
    }

    @Test
    void a_file_of_several_segments_streams_back_byte_for_byte_to_the_parties_only() throws Exception {
        String id = newReferral();
        String marker = "marker-" + UUID.randomUUID();
        byte[] png = new byte[300_000];
        new Random(42).nextBytes(png);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(magic, 0, png, 0, magic.length);
        for (int at = 1_000; at < png.length - marker.length(); at += 50_000) {
            System.arraycopy(marker.getBytes(StandardCharsets.US_ASCII), 0, png, at, marker.length());
        }
        HttpResponse<byte[]> uploaded = upload(tokenOf("nrj-agent"), id, "scan.png", "image/png", png);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(uploaded.body()).path("size").asInt()).isEqualTo(png.length);
        String attachment = JSON.readTree(uploaded.body()).path("id").asString();

        assertThat(segmentCount(attachment))
                .as("300 000 bytes in segments of 64 KiB")
                .isEqualTo(5);
        assertThat(storedCiphertexts(attachment)).doesNotContain(marker);

        for (String party : List.of("wal-agent", "nrj-agent")) {
            HttpResponse<byte[]> download = sendBytes(request(attachments(id) + "/" + attachment, tokenOf(party))
                    .GET()
                    .build());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(png);
            assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(png.length);
            assertThat(download.headers().firstValue("Content-Type")).contains("image/png");
            assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment;");
            assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(download.headers().firstValue("Cache-Control").orElseThrow())
                    .contains("no-store");
        }

        Response third = get(attachments(id) + "/" + attachment, tokenOf("vla-agent"));
        assertThat(third.status()).isEqualTo(404);
    }

    @Test
    void a_file_that_is_not_what_the_allow_list_accepts_is_415() throws Exception {
        String id = newReferral();
        String nrj = tokenOf("nrj-agent");
        byte[] script = "#!/bin/sh\necho pwned".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(nrj, id, anAttachmentName("invoice"), "application/pdf", script)
                        .statusCode())
                .isEqualTo(415);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        assertThat(upload(nrj, id, anAttachmentName("scan"), "application/pdf", png)
                        .statusCode())
                .isEqualTo(415);
        assertThat(upload(nrj, id, "scan.png", "image/png", png).statusCode()).isEqualTo(201);
    }

    @Test
    void a_file_over_the_limit_is_413() throws Exception {
        String id = newReferral();
        byte[] big = pdfOf(10 * 1024 * 1024 + 1, ' ');
        HttpResponse<byte[]> response =
                upload(tokenOf("nrj-agent"), id, anAttachmentName("big"), "application/pdf", big);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(get(attachments(id), tokenOf("nrj-agent"))
                        .json()
                        .path("items")
                        .size())
                .isZero();
    }

    @Test
    void a_download_whose_last_segment_is_gone_breaks_off_instead_of_ending_short() throws Exception {
        String id = newReferral();
        byte[] pdf = pdfOf(3 * 64 * 1024 + 10, 'x');
        HttpResponse<byte[]> uploaded =
                upload(tokenOf("nrj-agent"), id, anAttachmentName("long"), "application/pdf", pdf);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String attachment = JSON.readTree(uploaded.body()).path("id").asString();
        try (Connection system = systemConnection();
                PreparedStatement delete = system.prepareStatement(
                        "delete from referral_attachment_segments where attachment_id = ? and segment = 3")) {
            delete.setObject(1, UUID.fromString(attachment));
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }

        HttpRequest download = request(attachments(id) + "/" + attachment, tokenOf("wal-agent"))
                .GET()
                .build();
        assertThatThrownBy(() -> HTTP.send(download, HttpResponse.BodyHandlers.ofByteArray()))
                .as("fewer bytes than the announced Content-Length")
                .isInstanceOf(IOException.class);
    }

    private static String attachments(String id) {
        return "/api/v1/referrals/" + id + "/attachments";
    }

    private HttpResponse<byte[]> upload(String token, String id, String fileName, String type, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----passerelle" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return sendBytes(request(attachments(id), token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** Sends {@code request} for a binary answer, checked against the committed OpenAPI document. */
    private static HttpResponse<byte[]> sendBytes(HttpRequest request) throws IOException, InterruptedException {
        return OpenApiConformance.committed()
                .check(request, HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private String newReferral() {
        return refer(aReferral().from(WAL).to(NRJ));
    }

    /** Everything stored for the attachment's name and content, as raw bytes read as text. */
    private static String storedCiphertexts(String attachment) throws SQLException {
        StringBuilder stored = new StringBuilder();
        try (Connection system = systemConnection();
                PreparedStatement query = system.prepareStatement("select content_ciphertext, file_name_ciphertext"
                        + " from referral_attachments where id = ?"
                        + " union all select ciphertext, null from referral_attachment_segments"
                        + " where attachment_id = ?")) {
            query.setObject(1, UUID.fromString(attachment));
            query.setObject(2, UUID.fromString(attachment));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    for (int column = 1; column <= 2; column++) {
                        byte[] bytes = rs.getBytes(column);
                        if (bytes != null) {
                            stored.append(new String(bytes, StandardCharsets.ISO_8859_1));
                        }
                    }
                }
            }
        }
        assertThat(stored).as("something is stored").isNotEmpty();
        return stored.toString();
    }

    private static int segmentCount(String attachment) throws SQLException {
        try (Connection system = systemConnection();
                PreparedStatement query = system.prepareStatement(
                        "select count(*) from referral_attachment_segments where attachment_id = ?")) {
            query.setObject(1, UUID.fromString(attachment));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Connection systemConnection() throws SQLException {
        TestDatabase database = TestDatabases.shared();
        return DriverManager.getConnection(
                database.url(), database.system().user(), database.system().password());
    }

    /** {@code size} bytes that the type check takes for a PDF: the magic bytes, then {@code filler}. */
    private static byte[] pdfOf(int size, char filler) {
        byte[] pdf = new byte[size];
        Arrays.fill(pdf, (byte) filler);
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 5);
        return pdf;
    }
}
