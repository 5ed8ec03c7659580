package org.crampcare.cli;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;

import org.crampcare.assessment.Assessor;
import org.crampcare.assessment.InputError;
import org.crampcare.assessment.ResultWriter;
import org.crampcare.knowledge.KnowledgeBase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crampcare assess}: contract v1 on the command line. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess a request (contract v1) and print the result as JSON.",
                "Exit status: 0 all answered, 2 bad input (the error object is printed in place of the result)."})
final class AssessCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    /** What is read of one request: far more than any request, bounded so a huge file cannot exhaust memory. */
    static final int MAX_REQUEST_BYTES = 1 << 20;

    @Parameters(index = "0", paramLabel = "FILE", description = "A request file, or - for standard input.")
    String file;

    @Option(names = "--batch", description = "JSON Lines: one request per line, one result per line, same order.")
    boolean batch;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        InputStream in;
        try {
            in = file.equals("-") ? System.in : open(Path.of(file));
        } catch (CannotRead e) {
            // the error object on standard output, as for any bad input, and a plain sentence for a person
            err.println("crampcare assess: " + e.getMessage());
            try (out) {
                out.write(new ResultWriter().writeError(List.of(new InputError("", e.getMessage()))));
                out.write('\n');
            }
            return BAD_INPUT;
        }
        Assessor assessor = new Assessor(KnowledgeBase.load());
        String name = file.equals("-") ? "standard input" : shorten(file);
        try (InputStream input = new BufferedInputStream(new ReadErrors(in), 1 << 16); out) {
            try {
                return batch ? batch(assessor, input, out, err) : single(assessor, input, out);
            } catch (ReadFailed e) {
                // the file opened but a read failed (a device error, /proc/self/mem): bad input, said so, exit 2
                err.println("crampcare assess: cannot read " + name);
                out.write(new ResultWriter().writeError(List.of(new InputError("", "cannot read " + name))));
                out.write('\n');
                return BAD_INPUT;
            }
        }
    }

    /** A read of the input that failed after it was opened, told apart from a failure to write the answers. */
    static final class ReadFailed extends java.io.UncheckedIOException {
        ReadFailed(IOException cause) {
            super(cause);
        }
    }

    /** The input, with its read errors turned into {@link ReadFailed}. */
    private static final class ReadErrors extends java.io.FilterInputStream {
        ReadErrors(InputStream in) {
            super(in);
        }

        @Override
        public int read() {
            try {
                return super.read();
            } catch (IOException e) {
                throw new ReadFailed(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new ReadFailed(e);
            }
        }
    }

    /** A request file that cannot be read, in words for the person who named it. */
    static final class CannotRead extends Exception {
        CannotRead(String message) {
            super(message, null, false, false);
        }
    }

    private static InputStream open(Path path) throws CannotRead {
        String name = shorten(path.toString());
        if (Files.isDirectory(path)) {
            throw new CannotRead(name + " is a folder, not a request file");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new CannotRead("no such file: " + name);
        } catch (AccessDeniedException e) {
            throw new CannotRead("cannot read " + name + ": permission denied");
        } catch (IOException | RuntimeException e) {
            throw new CannotRead("cannot read " + name);
        }
    }

    private static int single(Assessor assessor, InputStream in, Writer out) throws IOException {
        byte[] bytes = in.readNBytes(MAX_REQUEST_BYTES + 1);
        Assessor.Outcome outcome;
        if (bytes.length > MAX_REQUEST_BYTES) {
            outcome = failed(assessor, 0, "the request is larger than " + MAX_REQUEST_BYTES / 1024
                    + " KB (a request is a few hundred bytes)");
        } else {
            outcome = decode(bytes, bytes.length).map(text -> assess(assessor, text, 0))
                    .orElseGet(() -> failed(assessor, 0, notUtf8(bytes, bytes.length)));
        }
        out.write(outcome.json());
        out.write('\n');
        return outcome.ok() ? 0 : BAD_INPUT;
    }

    /** One request, whatever it holds: a failure inside the engine is reported for this request, not the run. */
    private static Assessor.Outcome assess(Assessor assessor, String text, int line) {
        try {
            Assessor.Outcome outcome = assessor.assess(text.startsWith("\uFEFF") ? text.substring(1) : text);
            return outcome.ok() || line == 0 ? outcome
                    : new Assessor.Outcome(false, assessor.writer().writeError(outcome.errors(), line), outcome.errors());
        } catch (RuntimeException e) {
            return failed(assessor, line, "this request could not be assessed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Assessor.Outcome failed(Assessor assessor, int line, String message) {
        List<InputError> errors = List.of(new InputError("", message));
        return new Assessor.Outcome(false, line == 0 ? assessor.writer().writeError(errors)
                : assessor.writer().writeError(errors, line), errors);
    }

    /** The text, if the bytes are UTF-8; nothing is replaced silently. */
    static Optional<String> decode(byte[] bytes, int length) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static String notUtf8(byte[] bytes, int length) {
        boolean utf16 = length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
                || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff);
        return utf16 ? "the request is UTF-16 text; save it as UTF-8"
                : "the request is not UTF-8 text (a Latin-1 file, or not text at all); save it as UTF-8";
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }

    /**
     * Answers chunks of lines on all cores and writes the answers in input order; at most a few chunks are in
     * flight, so memory stays bounded whatever the size of the input.
     */
    private static int batch(Assessor assessor, InputStream reader, Writer out, PrintWriter err) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "assess");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
        int status = 0;
        int lineNumber = 0;
        try {
            List<Line> lines = new ArrayList<>(CHUNK);
            LineReader lineReader = new LineReader(reader, MAX_REQUEST_BYTES);
            for (Line line; (line = lineReader.next()) != null; ) {
                lines.add(line);
                if (lines.size() == CHUNK) {
                    inFlight.add(submit(pool, assessor, lines, lineNumber));
                    lineNumber += lines.size();
                    lines = new ArrayList<>(CHUNK);
                    while (inFlight.size() > 2 * threads) {
                        status = Math.max(status, write(inFlight.poll(), out));
                    }
                }
            }
            if (!lines.isEmpty()) {
                inFlight.add(submit(pool, assessor, lines, lineNumber));
            }
            while (!inFlight.isEmpty()) {
                status = Math.max(status, write(inFlight.poll(), out));
            }
        } finally {
            pool.shutdownNow();
        }
        return status;
    }

    /** A line of input as it came: its text if it is UTF-8 and not too long, else why not. */
    record Line(String text, String problem) {
    }

    /** Splits bytes into lines (LF or CRLF) and decodes each on its own, so one bad line spoils only itself. */
    static final class LineReader {
        private final InputStream in;
        private final int max;
        private byte[] buffer = new byte[8192];

        LineReader(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        Line next() throws IOException {
            int n = 0;
            boolean tooLong = false;
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (n < max) {
                    if (n == buffer.length) {
                        buffer = java.util.Arrays.copyOf(buffer, Math.min(max, buffer.length * 2));
                    }
                    buffer[n++] = (byte) b;
                } else {
                    tooLong = true;
                }
            }
            if (b < 0 && n == 0 && !tooLong) {
                return null;
            }
            if (tooLong) {
                return new Line(null, "the line is longer than " + max / 1024 + " KB (a request is a few hundred bytes)");
            }
            if (n > 0 && buffer[n - 1] == '\r') {
                n--;
            }
            int length = n;
            return decode(buffer, length).map(t -> new Line(t, null))
                    .orElseGet(() -> new Line(null, notUtf8(buffer, length)));
        }
    }

    private static final int CHUNK = 128;

    /** The answers to a run of consecutive lines. */
    private record Chunk(String text, boolean allOk) {
    }

    private static Future<Chunk> submit(ExecutorService pool, Assessor assessor, List<Line> lines, int firstLine) {
        return pool.submit(() -> {
            StringBuilder sb = new StringBuilder(lines.size() * 4096);
            boolean allOk = true;
            int n = firstLine;
            for (Line line : lines) {
                n++;
                Assessor.Outcome outcome;
                if (line.problem() != null) {
                    outcome = failed(assessor, n, "line " + n + ": " + line.problem());
                } else if (line.text().isBlank()) {
                    outcome = failed(assessor, n, "line " + n + " is empty: expected one JSON object");
                } else {
                    outcome = assess(assessor, line.text(), n);
                }
                allOk &= outcome.ok();
                sb.append(outcome.json()).append('\n');
            }
            return new Chunk(sb.toString(), allOk);
        });
    }

    private static int write(Future<Chunk> future, Writer out) throws IOException {
        try {
            Chunk chunk = future.get();
            out.write(chunk.text());
            return chunk.allOk() ? 0 : BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("assessment failed: " + e.getCause(), e.getCause());
        }
    }
}
