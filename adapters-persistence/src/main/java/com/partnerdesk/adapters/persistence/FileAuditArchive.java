package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.error.StorageException;
import com.partnerdesk.application.port.out.AuditArchive;
import com.partnerdesk.domain.audit.AuditJsonLines;
import com.partnerdesk.domain.audit.ChainedEvent;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The retention archive: one JSON lines file per run, {@code audit-<first>-<last>.jsonl} in a directory beside the
 * database (owner-only, like the database), written to a {@code .partial} file, forced to disk and moved into place
 * before anything is pruned.
 */
public final class FileAuditArchive implements AuditArchive {
    private final Path directory;

    public FileAuditArchive(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public String store(List<ChainedEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to archive");
        }
        Path target = directory.resolve("audit-" + events.get(0).seq() + "-" + events.get(events.size() - 1).seq()
                + ".jsonl");
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(partial);
            OwnerOnlyFiles.createEmpty(partial);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
                 Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                for (ChainedEvent e : events) {
                    out.write(AuditJsonLines.line(e));
                    out.write('\n');
                }
                out.flush();
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target.toString();
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                e.addSuppressed(ignored);
            }
            throw new StorageException("Cannot write the audit archive " + target + ": " + e.getMessage()
                    + "; nothing was pruned", e);
        }
    }
}
