package org.crampcare.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The raw files of a knowledge base, by path relative to its root ("rules/triage.yaml"), in a stable order. */
public record KnowledgeFiles(String origin, Map<String, byte[]> files) {

    /** Marker file that locates the knowledge root on the class path. */
    static final String ANCHOR = "knowledge/article/left-out.yaml";

    /** The knowledge base packaged into the core jar (or target/classes). */
    public static KnowledgeFiles fromClasspath() {
        URL anchor = KnowledgeFiles.class.getClassLoader().getResource(ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("knowledge base not found on the class path (" + ANCHOR + ")");
        }
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read("classpath:knowledge", fs.getPath("/knowledge"));
            }
            return read("classpath:knowledge", Path.of(uri).getParent().getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the packaged knowledge base: " + e.getMessage(), e);
        }
    }

    /** A knowledge folder on disk, as edited by a clinician ({@code ./crampcare kb check --dir knowledge}). */
    public static KnowledgeFiles fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("not a directory: " + root);
        }
        try {
            return read(root.toString(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KnowledgeFiles read(String origin, Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.endsWith(".yaml") || rel.endsWith(".yml") || rel.endsWith(".txt")) {
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return new KnowledgeFiles(origin, Collections.unmodifiableMap(files));
    }
}
