package org.pikir.appeal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types an appeal may carry, recognised by their leading bytes ("magic numbers"), never by the name
 * or the browser's claimed type: a renamed executable stays an executable.
 */
public enum AttachmentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String mimeType;
    private final byte[] magic;

    AttachmentType(String mimeType, byte[] magic) {
        this.mimeType = mimeType;
        this.magic = magic;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The type whose signature starts the content, if any. */
    public static Optional<AttachmentType> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
