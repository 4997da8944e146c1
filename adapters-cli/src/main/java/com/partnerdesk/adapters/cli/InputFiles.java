package com.partnerdesk.adapters.cli;

import com.partnerdesk.application.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens an input file named on the command line; a missing or unreadable file is bad input (exit 2). */
final class InputFiles {
    private InputFiles() {
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static InputStream open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(file.toString(), "no such file");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw InvalidInputException.of(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** A strict UTF-8 reader: bytes that are not UTF-8 fail the read instead of becoming replacement characters. */
    static Reader utf8(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new java.io.BufferedReader(new java.io.InputStreamReader(open(file), decoder), 1 << 16);
    }
}
