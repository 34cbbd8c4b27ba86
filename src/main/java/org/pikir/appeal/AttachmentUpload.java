package org.pikir.appeal;

import java.util.Objects;

/** A file the author picked, held in memory until the appeal is submitted. */
public record AttachmentUpload(String fileName, byte[] content) {

    public AttachmentUpload {
        Objects.requireNonNull(content, "content");
        fileName = fileName == null ? "" : fileName;
    }

    public int size() {
        return content.length;
    }
}
