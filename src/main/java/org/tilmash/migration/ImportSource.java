package org.tilmash.migration;

import java.nio.file.Path;

/** Where an import reads from: a Joomla database with its images folder, or a WordPress export with its uploads. */
public sealed interface ImportSource {

    /** The kind of site, as the mapping and the reports name it. */
    String name();

    /**
     * A Joomla site's database.
     *
     * @param jdbcUrl {@code jdbc:mariadb://host/db}, {@code jdbc:mysql://…} or {@code jdbc:postgresql://host/db}
     * @param prefix the table prefix chosen at installation, e.g. {@code jos_}
     * @param imagesDir a copy of the site's {@code images/} folder
     */
    record Joomla(String jdbcUrl, String user, String password, String prefix, Path imagesDir) implements ImportSource {

        @Override
        public String name() {
            return JoomlaSite.SOURCE;
        }

        @Override
        public String toString() {
            // Never the password: sources end up in logs.
            return "Joomla " + jdbcUrl + " (" + prefix + ")";
        }
    }

    /**
     * A WordPress export file (Tools → Export) and a copy of the site's {@code wp-content/uploads/} folder.
     *
     * @param fileName the file as the administrator knows it, for messages: the path typed, or the name of the file
     *     uploaded (never the temporary file it was kept in)
     * @param uploadedCopy whether {@code wxrFile} is the server's copy of an uploaded file, deleted once the run has
     *     ended; never a file of the server's own that an administrator named
     */
    record WordPress(Path wxrFile, Path uploadsDir, String fileName, boolean uploadedCopy) implements ImportSource {

        /** An export file on this server, named in messages by its path. */
        public WordPress(Path wxrFile, Path uploadsDir) {
            this(wxrFile, uploadsDir, wxrFile.toString());
        }

        /** An export file on this server, named in messages as given. */
        public WordPress(Path wxrFile, Path uploadsDir, String fileName) {
            this(wxrFile, uploadsDir, fileName, false);
        }

        /** The copy the server keeps of an uploaded export, named in messages as it was uploaded. */
        public static WordPress uploaded(Path keptCopy, Path uploadsDir, String originalName) {
            return new WordPress(keptCopy, uploadsDir, originalName, true);
        }

        @Override
        public String name() {
            return WordPressSite.SOURCE;
        }

        @Override
        public String toString() {
            return "WordPress " + wxrFile;
        }
    }
}
