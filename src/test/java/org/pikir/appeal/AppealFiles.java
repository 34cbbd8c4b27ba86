package org.pikir.appeal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small real-looking files for upload tests. */
final class AppealFiles {

    private AppealFiles() {}

    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        byte[] bytes = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    static byte[] jpeg() {
        byte[] bytes = new byte[64];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }

    /** A PDF header followed by zeros up to {@code size} bytes. */
    static byte[] pdfOfSize(int size) {
        byte[] bytes = Arrays.copyOf(pdf(), size);
        return bytes;
    }
}
