package org.pikir.appeal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types an appeal may carry, recognised by their leading bytes ("magic numbers"), never by the name
 * or the browser's claimed type: a renamed executable stays an executable.
 */
public enum AttachmentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "png");

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String mimeType;
    private final byte[] magic;
    private final List<String> extensions;

    AttachmentType(String mimeType, byte[] magic, String... extensions) {
        this.mimeType = mimeType;
        this.magic = magic;
        this.extensions = List.of(extensions);
    }

    public String mimeType() {
        return mimeType;
    }

    /**
     * The file name with an extension of this type: kept when it has one, else this type's appended ("scan.html"
     * holding a PDF becomes "scan.html.pdf"), so a downloaded file never opens as something other than it is.
     */
    public String fileNameFor(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extensions.contains(extension) ? name : name + "." + extensions.getFirst();
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
