package org.onewindow.application.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadChecksTest {

    @Test
    void sniffsTypesFromTheContentNotTheName() throws Exception {
        assertThat(ContentTypes.sniff("%PDF-1.7 ...".getBytes())).isEqualTo(ContentTypes.PDF);
        assertThat(ContentTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .isEqualTo(ContentTypes.PNG);
        assertThat(ContentTypes.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .isEqualTo(ContentTypes.JPEG);
        assertThat(ContentTypes.sniff(zipWith("word/document.xml"))).isEqualTo(ContentTypes.DOCX);
        assertThat(ContentTypes.sniff(zipWith("xl/workbook.xml"))).isEqualTo(ContentTypes.XLSX);
        assertThat(ContentTypes.sniff(zipWith("readme.txt"))).isEqualTo(ContentTypes.ZIP);
        assertThat(ContentTypes.sniff("MZ\u0090 an executable".getBytes())).isEqualTo(ContentTypes.UNKNOWN);
    }

    @Test
    void readsWhatANameClaims() {
        assertThat(ContentTypes.claimedBy("营业执照.PDF")).hasValue(ContentTypes.PDF);
        assertThat(ContentTypes.claimedBy("scan.jpeg")).hasValue(ContentTypes.JPEG);
        assertThat(ContentTypes.claimedBy("notes")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "..\\win.ini",
                "/abs/path.pdf",
                "a/b.pdf",
                ".hidden",
                "bad\u0000name.pdf",
                "x:y.pdf",
                ""
            })
    void refusesNamesThatTryToLeaveTheirFolder(String name) {
        assertThat(FileNames.sanitise(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u202E", // right-to-left override
                "\u202D", // left-to-right override
                "\u202A", // left-to-right embedding
                "\u2067", // right-to-left isolate
                "\u200F", // right-to-left mark
                "\u200B", // zero-width space
                "\u200C", // zero-width non-joiner
                "\u200D", // zero-width joiner
                "\u2060", // word joiner
                "\uFEFF" // byte order mark
            })
    void stripsBidirectionalOverridesAndZeroWidthCharacters(String invisible) {
        assertThat(FileNames.sanitise("申请书" + invisible + "fdp.exe")).hasValue("申请书fdp.exe");
        assertThat(FileNames.sanitise(invisible + "营业" + invisible + "执照.pdf" + invisible))
                .hasValue("营业执照.pdf");
    }

    @Test
    void aNameOfInvisibleCharactersOnlyIsRefused() {
        assertThat(FileNames.sanitise("\u202E\u200B")).isEmpty();
        assertThat(FileNames.sanitise(".\u200B./x.pdf")).isEmpty();
    }

    @Test
    void keepsOrdinaryChineseNames() {
        assertThat(FileNames.sanitise(" 营业执照（副本）.pdf ")).hasValue("营业执照（副本）.pdf");
    }

    private static byte[] zipWith(String entry) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("x".getBytes());
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
