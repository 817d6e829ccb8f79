package org.tilmash.admin;

import java.nio.file.Path;
import java.util.Optional;
import org.tilmash.migration.ImportSource;

/**
 * The import page's form: a Joomla database with its images folder, or a WordPress export (a path on the server or an
 * uploaded file) with its uploads folder. The database password is never shown back.
 */
class ImportForm implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final String JOOMLA = "joomla";
    static final String WORDPRESS = "wordpress";

    private String source = JOOMLA;
    private String jdbcUrl = "";
    private String dbUser = "";
    /** Never written into the session (a refused form comes back through it): it is typed again. */
    private transient String dbPassword = "";

    private String prefix = "jos_";
    private String imagesDir = "";
    private String wxrFile = "";
    private String uploadsDir = "";
    private boolean unpublishedAsDrafts = true;

    /** The source, or the bundle key of what is missing. */
    Optional<String> missing(boolean uploaded) {
        if (WORDPRESS.equals(source)) {
            return wxrFile.isBlank() && !uploaded ? Optional.of("import.form.wxrMissing") : Optional.empty();
        }
        return jdbcUrl.isBlank() ? Optional.of("import.form.jdbcMissing") : Optional.empty();
    }

    /**
     * An export uploaded with the form, kept in a temporary file for the background run.
     *
     * @param originalName the name of the file on the administrator's computer, which messages name it by
     */
    record UploadedExport(Path kept, String originalName) {}

    ImportSource toSource(Optional<UploadedExport> upload) {
        if (WORDPRESS.equals(source)) {
            Path uploads = Path.of(uploadsDir.strip());
            return upload.map(file -> ImportSource.WordPress.uploaded(file.kept(), uploads, file.originalName()))
                    .orElseGet(() -> new ImportSource.WordPress(Path.of(wxrFile.strip()), uploads));
        }
        return new ImportSource.Joomla(
                jdbcUrl.strip(),
                dbUser.strip(),
                dbPassword == null ? "" : dbPassword,
                prefix.strip(),
                Path.of(imagesDir.strip()));
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = WORDPRESS.equals(source) ? WORDPRESS : JOOMLA;
    }

    public String getJdbcUrl() {
        return jdbcUrl;
    }

    public void setJdbcUrl(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl == null ? "" : jdbcUrl;
    }

    public String getDbUser() {
        return dbUser;
    }

    public void setDbUser(String dbUser) {
        this.dbUser = dbUser == null ? "" : dbUser;
    }

    public String getDbPassword() {
        return "";
    }

    public void setDbPassword(String dbPassword) {
        this.dbPassword = dbPassword == null ? "" : dbPassword;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    public String getImagesDir() {
        return imagesDir;
    }

    public void setImagesDir(String imagesDir) {
        this.imagesDir = imagesDir == null ? "" : imagesDir;
    }

    public String getWxrFile() {
        return wxrFile;
    }

    public void setWxrFile(String wxrFile) {
        this.wxrFile = wxrFile == null ? "" : wxrFile;
    }

    public String getUploadsDir() {
        return uploadsDir;
    }

    public void setUploadsDir(String uploadsDir) {
        this.uploadsDir = uploadsDir == null ? "" : uploadsDir;
    }

    public boolean isUnpublishedAsDrafts() {
        return unpublishedAsDrafts;
    }

    public void setUnpublishedAsDrafts(boolean unpublishedAsDrafts) {
        this.unpublishedAsDrafts = unpublishedAsDrafts;
    }
}
