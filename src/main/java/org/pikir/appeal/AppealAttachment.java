package org.pikir.appeal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to an appeal, kept in PostgreSQL (bytea) so it commits with the appeal. */
@Entity
@Table(name = "appeal_attachment")
class AppealAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long appealId;
    private String fileName;
    private String contentType;
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "bytea")
    private byte[] content;

    private Instant createdAt;

    protected AppealAttachment() {}

    AppealAttachment(long appealId, String fileName, AttachmentType type, byte[] content, Instant createdAt) {
        this.appealId = appealId;
        this.fileName = fileName;
        this.contentType = type.mimeType();
        this.sizeBytes = content.length;
        this.content = content;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getAppealId() {
        return appealId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    int getSizeBytes() {
        return sizeBytes;
    }

    byte[] getContent() {
        return content;
    }
}
